import { expect, test } from './counter-fixture'
import { newestLink, tapKeys } from './counter-helpers'

test('a fresh start is in Demo mode, says so, and a simulated customer payment shows the Paid screen', async ({
  counter
}) => {
  const { page, demoSecPaid } = counter
  await expect(page.getByTestId('demo-banner')).toHaveText('Demo – no real payments')

  await tapKeys(page, ['4', '2', '0'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await expect(page.getByTestId('demo-banner')).toBeVisible()
  await page.getByTestId('simulate-payment').click()

  await expect(page.getByTestId('paid-screen')).toBeVisible()
  await expect(page.getByTestId('paid-screen')).toContainText('€4.20')
  expect(newestLink(demoSecPaid).status).toBe('Used')
})
