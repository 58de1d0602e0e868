import { expect, test } from './counter-fixture'
import {
  createLinkRequests,
  firstNotedAt,
  journaledSales,
  newestLink,
  noteFirst,
  switchToProduction,
  tapKeys
} from './counter-helpers'

/** While offline the renderer asks again every 5 s (pending-store PENDING_OFFLINE_REFRESH_INTERVAL_MS). */
const OFFLINE_REFRESH_MS = 5000

test('with SecPaid unreachable the banner shows, the keypad still works and Charge explains; the banner leaves by itself', async ({
  counter
}) => {
  const { page, secpaid } = counter
  await switchToProduction(page)
  await expect(page.getByTestId('offline-banner')).toHaveCount(0)

  await counter.stopSecPaid()
  await tapKeys(page, ['1', '2', '5'])
  await page.getByTestId('charge-button').click()
  // One outage, one message: the banner says SecPaid is unreachable and that no link was made; nothing repeats it.
  await expect(page.getByTestId('offline-banner')).toHaveText(
    'SecPaid cannot be reached, so no payment link was created. Check the internet connection, then charge again.'
  )
  await expect(page.getByTestId('error-message')).toHaveCount(0)
  await expect(page.getByTestId('pending-error')).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(1)
  await expect(page.getByTestId('qr-screen')).toHaveCount(0)
  expect(journaledSales(counter.journalFile).map((sale) => sale.statuses)).toEqual([['creating', 'failed']])

  // The keypad is not locked by the outage: the amount can be changed and charged again.
  await tapKeys(page, ['0'])
  await expect(page.getByTestId('amount-display')).toHaveText('€12.50')
  await expect(page.getByTestId('charge-button')).toBeEnabled()
  await expect(page.getByTestId('charge-button')).toHaveText('Charge €12.50')
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('offline-banner')).toHaveText(
    /^SecPaid cannot be reached, so no payment link was created\./
  )
  await expect(page.getByRole('alert')).toHaveCount(1)

  // SecPaid is back (same address): no tap needed, the banner goes within one offline refresh.
  await noteFirst(page, 'gone', 'offline-banner')
  await counter.startSecPaid()
  const backAt = Date.now()
  await expect(page.getByTestId('offline-banner')).toHaveCount(0, { timeout: OFFLINE_REFRESH_MS + 2000 })
  const bannerGoneAfterMs = ((await firstNotedAt(page, 'gone', 'offline-banner')) ?? Number.NaN) - backAt
  console.log(`offline banner gone ${bannerGoneAfterMs} ms after SecPaid came back`)
  // One refresh interval, plus the one request that finds SecPaid again.
  expect(bannerGoneAfterMs).toBeLessThanOrEqual(OFFLINE_REFRESH_MS + 500)

  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-image')).toBeVisible()
  expect(createLinkRequests(secpaid)).toHaveLength(1)
  expect(newestLink(secpaid).amountCents).toBe(1250)
  expect(journaledSales(counter.journalFile).map((sale) => sale.statuses)).toEqual([
    ['creating', 'failed'],
    ['creating', 'failed'],
    ['creating', 'created']
  ])
})
