import { expect, test } from './counter-fixture'
import { newestLink, tapKeys } from './counter-helpers'

test('a waiting link that the customer pays (simulated) leaves the pending list', async ({ counter }) => {
  const { page, demoSecPaid } = counter

  await tapKeys(page, ['2', '0', '0'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  const pendingItem = page.getByTestId(`pending-item-${newestLink(demoSecPaid).id}`)
  await page.getByTestId('back-to-keypad').click()
  await expect(pendingItem).toBeVisible()

  await pendingItem.click()
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toBeVisible()
  await page.getByTestId('paid-done').click()

  await expect(page.getByTestId('pending-empty')).toBeVisible()
  await expect(pendingItem).toHaveCount(0)
})
