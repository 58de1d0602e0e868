import type { TestSecPaid } from '../support/test-secpaid'
import { expect, test } from './counter-fixture'
import {
  createLinkRequests,
  decodeQr,
  expectedPayLink,
  journaledSales,
  newestLink,
  switchToProduction,
  tapKeys
} from './counter-helpers'

/** getMyUnusedLinks calls whose connection was dropped without an answer. */
const droppedListCalls = (simulator: TestSecPaid) =>
  simulator.requestLog().filter((request) => request.endpoint === 'getMyUnusedLinks' && request.status === null)

test('a sale left uncertain by a crash comes back after the restart as the QR of its one link, marked recovered', async ({
  counter
}) => {
  const { page, secpaid } = counter
  await switchToProduction(page)

  // SecPaid makes the link but the answer is lost, and so are the look-up and the list refresh that follow.
  secpaid.injectFaults('resetAfterProcessing', 1, 'createLink')
  secpaid.injectFaults('connectionReset', 2, 'getMyUnusedLinks')
  await tapKeys(page, ['2', '3', '4', '5'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('uncertain-sale')).toBeVisible()
  // Both dropped calls have happened, so the restarted backend's look-up meets a working SecPaid.
  await expect.poll(() => droppedListCalls(secpaid).length).toBe(2)
  const [openSale] = journaledSales(counter.journalFile)
  expect(openSale?.statuses).toEqual(['creating'])
  expect(secpaid.links()).toHaveLength(1)

  // The main process dies before the sale is settled; the new one reconciles at start-up, then the window loads.
  const restarted = await counter.restartBackend()
  await restarted.reconcile()
  await counter.reload()

  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await expect(page.getByTestId('recovered-notice')).toHaveText('Recovered after restart')
  await expect(page.getByTestId('qr-amount')).toHaveText('€23.45')
  await expect(page.getByTestId('uncertain-sale')).toHaveCount(0)
  const link = newestLink(secpaid)
  expect(await decodeQr(page.getByTestId('qr-image'))).toBe(expectedPayLink(link.id))

  expect(secpaid.links()).toHaveLength(1)
  expect(createLinkRequests(secpaid)).toHaveLength(1)
  expect(link.recipientNote).toBe(openSale?.reference)
  expect(journaledSales(counter.journalFile)).toEqual([
    { reference: openSale?.reference, amountCents: 2345, linkId: link.id, statuses: ['creating', 'created'] }
  ])

  // The recovered sale is handed out once: another reload shows the keypad, with the link waiting in the list.
  await page.getByTestId('back-to-keypad').click()
  await counter.reload()
  await expect(page.getByTestId('amount-display')).toBeVisible()
  await expect(page.getByTestId('qr-screen')).toHaveCount(0)
  await expect(page.getByTestId(`pending-item-${link.id}`)).toBeVisible()
})
