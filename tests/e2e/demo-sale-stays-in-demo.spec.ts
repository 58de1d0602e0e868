import { expect, test } from './counter-fixture'
import { switchToProduction, tapKeys } from './counter-helpers'

test('a Demo sale open in History is gone once the owner switches to Production, and nothing reaches live SecPaid', async ({
  counter
}) => {
  const { page, secpaid } = counter
  await tapKeys(page, ['1', '2', '3', '4'])
  await page.getByTestId('charge-button').click()
  await page.getByTestId('simulate-payment').click()
  await page.getByTestId('paid-screen').click()

  // History, the Demo sale opened (Refund offered), then Back with the sale still open.
  await page.getByTestId('nav-history').click()
  await page.locator('[data-testid^="history-sale-"]').first().click()
  await expect(page.getByTestId('sale-refund-button')).toBeVisible()
  await page.getByText('Back to the keypad').click()
  await expect(page.getByTestId('amount-display')).toBeVisible()

  await switchToProduction(page)
  await expect(page.getByTestId('environment-badge')).toHaveAttribute('data-destination', 'live')
  await page.getByTestId('nav-history').click()
  await expect(page.getByTestId('history-empty')).toBeVisible()
  await expect(page.getByTestId('sale-detail')).toBeHidden()
  await expect(page.getByTestId('sale-refund-button')).toBeHidden()
  expect(secpaid.requestLog().filter((request) => request.endpoint === 'refundPayment')).toEqual([])

  // Back in Demo, the Demo sale is there again.
  await page.getByText('Back to the keypad').click()
  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-environment-demo').click()
  await expect(page.getByTestId('settings-environment-demo')).toBeChecked()
  await page.getByTestId('settings-close').click()
  await page.getByTestId('nav-history').click()
  await expect(page.locator('[data-testid^="history-sale-"]')).toHaveCount(1)
})
