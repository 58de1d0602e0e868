import { expect, test } from './counter-fixture'
import { decodeQr, expectedPayLink, newestLink, tapKeys } from './counter-helpers'

test('keys tapped with the mouse charge €12.34; the QR, drawn locally, scans to the new link’s pay_link', async ({
  counter
}) => {
  const { page, demoSecPaid } = counter
  const requestedUrls: string[] = []
  page.on('request', (request) => requestedUrls.push(request.url()))

  await tapKeys(page, ['1', '2', '3', '4'])
  await expect(page.getByTestId('amount-display')).toHaveText('€12.34')
  await expect(page.getByTestId('charge-button')).toHaveText('Charge €12.34')

  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await expect(page.getByTestId('qr-amount')).toHaveText('€12.34')

  const link = newestLink(demoSecPaid)
  expect(demoSecPaid.links()).toHaveLength(1)
  expect(link.amountCents).toBe(1234)
  const qrImage = page.getByTestId('qr-image')
  expect(await decodeQr(qrImage)).toBe(expectedPayLink(link.id))

  // SecPaid also offers a quickchart.io image of the link; showing it would hand every pay_link to a third party.
  // Drawn here as inline SVG: no image is fetched for it from anywhere.
  await expect(qrImage).toHaveJSProperty('tagName', 'svg')
  expect(requestedUrls.filter((url) => new URL(url).hostname.endsWith('quickchart.io'))).toEqual([])
})
