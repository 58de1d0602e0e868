import type { SecPaidFault } from '../support/test-secpaid'
import { type CounterFixture, expect, test } from './counter-fixture'
import {
  createLinkRequests,
  decodeQr,
  expectedPayLink,
  journaledSaleOf,
  journaledSales,
  newestLink,
  plainSpaces,
  tapKeys
} from './counter-helpers'

/** The fixture's client gives SecPaid 3 s per request; a late answer comes after that. */
const CLIENT_TIMEOUT_MS = 3000

/** The QR on screen is the one link the simulator holds, and the journal adopted exactly that link for the sale. */
async function expectOneAdoptedLinkOnScreen(counter: CounterFixture, amountText: string): Promise<void> {
  const { page, demoSecPaid, journalFile } = counter
  const simulator = demoSecPaid
  await expect(page.getByTestId('qr-image')).toBeVisible()
  await expect(page.getByTestId('qr-amount')).toHaveText(amountText)
  expect(simulator.links()).toHaveLength(1)
  const link = newestLink(simulator)
  expect(await decodeQr(page.getByTestId('qr-image'))).toBe(expectedPayLink(link.id))
  expect(createLinkRequests(simulator)).toHaveLength(1)
  const sales = journaledSales(journalFile)
  expect(sales).toHaveLength(1)
  expect(journaledSaleOf(journalFile, link.id).statuses).toEqual(['creating', 'created'])
  expect(link.recipientNote).toBe(sales[0]?.reference)
}

/** No link anywhere, and the journal says the one sale failed (nothing to collect). */
function expectNoLinkAndFailedSale(counter: CounterFixture): void {
  expect(counter.demoSecPaid.links()).toEqual([])
  expect(journaledSales(counter.journalFile).map((sale) => sale.statuses)).toEqual([['creating', 'failed']])
}

test.describe('a charge never makes two links, whatever SecPaid does', () => {
  // A 429 reaches the cashier as it would once the request budget may wait no longer (it waits 30 s by default).
  test.use({ requestBudget: { maxRateLimitWaitMs: 0 } })

  test('answer lost after SecPaid made the link (connection reset): the QR of the one adopted link', async ({
    counter
  }) => {
    const { page, demoSecPaid } = counter
    demoSecPaid.injectFaults('resetAfterProcessing', 1, 'createLink')
    await tapKeys(page, ['1', '5', '0', '0'])
    await page.getByTestId('charge-button').click()
    await expectOneAdoptedLinkOnScreen(counter, '€15.00')
    await expect(page.getByTestId('error-message')).toHaveCount(0)
  })

  test('answer later than the client waits (timeout): the QR of the one adopted link', async ({ counter }) => {
    const { page, demoSecPaid } = counter
    const simulator = demoSecPaid
    simulator.setResponseDelayAfterProcessing(CLIENT_TIMEOUT_MS + 500)
    await tapKeys(page, ['1', '6', '0', '0'])
    await page.getByTestId('charge-button').click()
    await expect(page.getByTestId('charge-button')).toHaveText('Creating payment link…')
    // The link exists at once; only its answer is late. The look-up that follows the timeout is answered in time.
    await expect.poll(() => simulator.links().length).toBe(1)
    simulator.setResponseDelayAfterProcessing(0)
    await expectOneAdoptedLinkOnScreen(counter, '€16.00')
    await counter.settleIpc()
    expect(createLinkRequests(simulator)).toHaveLength(1)
    expect(simulator.links()).toHaveLength(1)
  })

  const refusals: { fault: SecPaidFault; seconds: string }[] = [
    { fault: 'http429', seconds: '\\d+' },
    { fault: 'http429RetryAfter', seconds: '2' }
  ]
  for (const { fault, seconds } of refusals) {
    test(`too many requests (${fault}) says when to try again, and no link exists`, async ({ counter }) => {
      const { page, demoSecPaid } = counter
      demoSecPaid.injectFaults(fault, 1, 'createLink')
      await tapKeys(page, ['1', '7', '0', '0'])
      await page.getByTestId('charge-button').click()
      await expect(page.getByTestId('error-message')).toHaveText(
        new RegExp(`^Too many requests, try again in ${seconds} s$`)
      )
      await expect(page.getByTestId('qr-screen')).toBeHidden()
      // The amount stays, so the cashier can simply charge again later.
      await expect(page.getByTestId('charge-button')).toHaveText('Charge €17.00')
      expect(createLinkRequests(demoSecPaid).map((request) => request.status)).toEqual([429])
      expectNoLinkAndFailedSale(counter)
    })
  }

  test('two gateway errors (HTML 502) on createLink: a clear failure, nothing charged, no link', async ({
    counter
  }) => {
    const { page, demoSecPaid } = counter
    demoSecPaid.injectFaults('http502Html', 2, 'createLink')
    await tapKeys(page, ['1', '8', '0', '0'])
    await page.getByTestId('charge-button').click()
    await expect(page.getByTestId('error-message')).toHaveText(
      'SecPaid sent a response that is not JSON (HTTP 502). SecPaid did not create the link; nothing was charged.'
    )
    await expect(page.getByTestId('qr-screen')).toBeHidden()
    await expect(page.getByTestId('uncertain-sale')).toBeHidden()
    // A 502 may hide a made link: each attempt was followed by a look-up before anything else was sent.
    expect(createLinkRequests(demoSecPaid).map((request) => request.status)).toEqual([502, 502])
    expectNoLinkAndFailedSale(counter)
  })

  test('answer lost and the look-up failing too: the sale is uncertain, Charge does nothing until it is resolved', async ({
    counter
  }) => {
    const { page, demoSecPaid } = counter
    const simulator = demoSecPaid
    simulator.injectFaults('resetAfterProcessing', 1, 'createLink')
    simulator.injectFaults('connectionReset', 1, 'getMyUnusedLinks')
    await tapKeys(page, ['1', '9', '0', '0'])
    await page.getByTestId('charge-button').click()

    const uncertain = page.getByTestId('uncertain-sale')
    await expect(uncertain).toBeVisible()
    const [sale] = journaledSales(counter.journalFile)
    expect(sale?.statuses).toEqual(['creating'])
    expect(plainSpaces(await uncertain.innerText())).toContain(`${sale?.reference} · €19.00`)
    const chargeButton = page.getByTestId('charge-button')
    await expect(chargeButton).toBeDisabled()
    await expect(chargeButton).toHaveText('Check the last sale first')

    // Neither a tap nor Enter may send a second create for the same money.
    await chargeButton.click({ force: true })
    await page.keyboard.press('Enter')
    await counter.settleIpc()
    expect(createLinkRequests(simulator)).toHaveLength(1)
    await expect(page.getByTestId('qr-screen')).toBeHidden()

    await page.getByTestId('resolve-sale').click()
    await expectOneAdoptedLinkOnScreen(counter, '€19.00')
    await expect(uncertain).toBeHidden()
  })
})
