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
