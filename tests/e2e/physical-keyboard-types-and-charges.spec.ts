import { expect, test } from './counter-fixture'
import { newestLink } from './counter-helpers'

test('the physical keyboard types digits, Backspace deletes, Escape clears and Enter charges', async ({ counter }) => {
  const { page, demoSecPaid } = counter
  const amount = page.getByTestId('amount-display')

  await page.keyboard.type('12345')
  await expect(amount).toHaveText('€123.45')
  await page.keyboard.press('Backspace')
  await expect(amount).toHaveText('€12.34')
  await page.keyboard.press('Escape')
  await expect(amount).toHaveText('€0.00')
  await expect(page.getByTestId('charge-button')).toHaveText('Enter an amount')

  await page.keyboard.type('567')
  await expect(amount).toHaveText('€5.67')
  await page.keyboard.press('Enter')

  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await expect(page.getByTestId('qr-amount')).toHaveText('€5.67')
  expect(demoSecPaid.links()).toHaveLength(1)
  expect(newestLink(demoSecPaid).amountCents).toBe(567)
})

test('"+" on the main row and the numpad adds the typed amount as a line, and Enter charges the sale', async ({
  counter
}) => {
  const { page, demoSecPaid } = counter
  await page.keyboard.type('120')
  await page.keyboard.press('+')
  await page.keyboard.type('35')
  await page.keyboard.press('NumpadAdd')
  await expect(page.getByTestId('sale-line')).toHaveCount(2)
  await expect(page.getByTestId('amount-display')).toHaveText('€0.00')
  await expect(page.getByTestId('sale-total')).toHaveText('€1.55')

  await page.keyboard.press('Enter')
  await expect(page.getByTestId('qr-amount')).toHaveText('€1.55')
  expect(newestLink(demoSecPaid).amountCents).toBe(155)
})
