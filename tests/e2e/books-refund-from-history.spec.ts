import { journalText } from '../support/journal-rows'
import { expect, test } from './counter-fixture'
import { newestLink, plainSpaces, tapKeys } from './counter-helpers'

test('a paid sale is refunded in part from the history: confirmed with its amount, journaled, shown as refund requested', async ({
  counter
}) => {
  const { page, demoSecPaid, journalFile } = counter
  await tapKeys(page, ['1', '2', '3', '4'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toBeVisible()
  await page.getByTestId('paid-screen').click()
  const link = newestLink(demoSecPaid)

  await page.getByTestId('nav-history').click()
  const row = page.locator('[data-testid^="history-sale-"]').first()
  await expect(row.getByTestId('history-status')).toHaveText('Paid')
  expect(plainSpaces(await row.innerText())).toContain('€12.34')
  await row.click()
  await expect(page.getByTestId('sale-steps')).toContainText('Link created')
  await expect(page.getByTestId('sale-steps')).toContainText('Paid')

  await page.getByTestId('sale-refund-button').click()
  await expect(page.getByTestId('refund-amount')).toHaveValue('12.34')
  await page.getByTestId('refund-amount').fill('5')
  expect(plainSpaces(await page.getByTestId('refund-confirm-text').innerText())).toContain('€5.00 of €12.34')
  await page.getByTestId('refund-amount').fill('12.35')
  await expect(page.getByTestId('refund-confirm')).toBeDisabled()
  await page.getByTestId('refund-amount').fill('5,00')
  await page.getByTestId('refund-confirm').click()

  await expect(page.getByTestId('refund-done')).toBeVisible()
  await expect(page.getByTestId('sale-detail-status')).toHaveText('Refund requested')
  await expect(page.getByTestId('sale-steps')).toContainText('Refund request accepted by SecPaid')
  await expect(page.getByTestId('sale-refund-button')).toBeHidden()
  expect(
    demoSecPaid
      .requestLog()
      .filter((request) => request.endpoint === 'refundPayment')
      .map((r) => r.body)
  ).toEqual([{ pay_id: link.id, refund_amount: 5, isFullRefund: false }])
  const types = journalText(journalFile)
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { type: string }).type)
  expect(types.slice(-2)).toEqual(['refund_requested', 'refund_sent'])

  await page.getByTestId('sale-detail-close').click()
  await expect(page.locator('[data-testid^="history-sale-"]').first().getByTestId('history-status')).toHaveText(
    'Refund requested'
  )
})

test('a refund SecPaid refuses is explained in the cashier’s words, and the history search finds the sale', async ({
  counter
}) => {
  const { page, demoSecPaid } = counter
  await tapKeys(page, ['7', '0', '0'])
  await page.getByTestId('note-input').fill('table 9')
  await page.getByTestId('charge-button').click()
  await page.getByTestId('simulate-payment').click()
  await page.getByTestId('paid-screen').click()
  demoSecPaid.setLinkFlags(newestLink(demoSecPaid).id, { disputed: true })

  await page.getByTestId('nav-history').click()
  await page.getByTestId('history-search').fill('table 9')
  await expect(page.locator('[data-testid^="history-sale-"]')).toHaveCount(1)
  await page.getByTestId('history-search').fill('nothing like it')
  await expect(page.getByTestId('history-empty')).toHaveText('No sales match “nothing like it”.')
  await page.getByTestId('history-search').fill('7.00')
  await page.locator('[data-testid^="history-sale-"]').first().click()
  await page.getByTestId('sale-refund-button').click()
  await page.getByTestId('refund-confirm').click()
  await expect(page.getByTestId('refund-error')).toHaveText(
    'SecPaid blocks the refund because the customer opened a dispute.'
  )
  await expect(page.getByTestId('sale-detail-status')).toHaveText('Paid')
})
