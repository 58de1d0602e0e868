import { expect, test } from './counter-fixture'
import { createLinkRequests, tapKeys } from './counter-helpers'

const REJECTED = 'The API key was rejected by SecPaid'

test('a wrong Production key is named as rejected by Test connection and by Charge, and no link is made', async ({
  counter
}) => {
  const { page, demoSecPaid, secpaid } = counter

  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-environment-production').check()
  await expect(page.getByTestId('settings-environment-production')).toBeChecked()
  await page.getByTestId('api-key-input').fill('sk_live_wrong')
  await page.getByTestId('save-api-key').click()
  await expect(page.getByTestId('api-key-status')).toHaveText('A key is set')
  // Production with a key: no longer the simulator, so no Demo banner.
  await expect(page.getByTestId('demo-banner')).toBeHidden()

  await page.getByTestId('test-connection').click()
  await expect(page.getByTestId('test-connection-result')).toHaveText(REJECTED)

  await page.getByTestId('settings-close').click()
  await tapKeys(page, ['1', '0', '0', '0'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('error-message')).toHaveText(REJECTED)
  await expect(page.getByTestId('qr-screen')).toBeHidden()

  // The charge went to (fake) SecPaid with the saved key, which refused it: nothing exists anywhere.
  expect(createLinkRequests(secpaid).map((request) => request.status)).toEqual([401])
  expect(secpaid.links()).toEqual([])
  expect(createLinkRequests(demoSecPaid)).toEqual([])
})
