import type { TestSecPaid } from '../support/test-secpaid'
import { type CounterFixture, expect, test } from './counter-fixture'
import { journaledSaleOf, newestLink, summaryFigure, tapKeys } from './counter-helpers'

const deleteRequests = (simulator: TestSecPaid) =>
  simulator.requestLog().filter((request) => request.endpoint === 'deleteLink')

/** Charges the keys' amount in Demo mode and returns the new link's id, with its QR on screen. */
async function chargeToQr(counter: CounterFixture, keys: string[]): Promise<number> {
  await tapKeys(counter.page, keys)
  await counter.page.getByTestId('charge-button').click()
  await expect(counter.page.getByTestId('qr-screen')).toBeVisible()
  return newestLink(counter.demoSecPaid).id
}

test.describe('cancelling a sale', () => {
  test('from the QR screen it asks first: “Keep it” changes nothing, confirming deletes the link everywhere', async ({
    counter
  }) => {
    const { page, demoSecPaid } = counter
    const simulator = demoSecPaid
    const linkId = await chargeToQr(counter, ['4', '5', '0'])

    await page.getByTestId('cancel-sale').click()
    await expect(page.getByRole('dialog')).toContainText('The payment link for €4.50 will be deleted.')
    await page.getByTestId('confirm-keep').click()
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(page.getByTestId('qr-image')).toBeVisible()
    await counter.settleIpc()
    expect(deleteRequests(simulator)).toEqual([])
    expect(simulator.links().map((link) => link.id)).toEqual([linkId])
    expect(journaledSaleOf(counter.journalFile, linkId).statuses).toEqual(['creating', 'created'])

    await page.getByTestId('cancel-sale').click()
    await page.getByTestId('confirm-cancel').click()
    await expect(page.getByTestId('amount-display')).toBeVisible()
    await expect(page.getByTestId('qr-screen')).toBeHidden()
    await expect(page.getByTestId(`pending-item-${linkId}`)).toHaveCount(0)
    await expect(page.getByTestId('pending-empty')).toBeVisible()
    expect(simulator.links()).toEqual([])
    expect(deleteRequests(simulator).map((request) => request.status)).toEqual([200])
    expect(journaledSaleOf(counter.journalFile, linkId).statuses).toEqual(['creating', 'created', 'cancelled'])
  })

  test('from the pending list, after confirming, the link leaves the list and SecPaid', async ({ counter }) => {
    const { page, demoSecPaid } = counter
    const kept = await chargeToQr(counter, ['1', '0', '0'])
    await page.getByTestId('back-to-keypad').click()
    const cancelled = await chargeToQr(counter, ['2', '0', '0'])
    await page.getByTestId('back-to-keypad').click()
    await expect(page.getByTestId(`pending-item-${cancelled}`)).toBeVisible()

    await page.getByTestId(`pending-cancel-${cancelled}`).click()
    await expect(page.getByRole('dialog')).toContainText('€2.00')
    await page.getByTestId('confirm-cancel').click()
    await expect(page.getByTestId(`pending-item-${cancelled}`)).toHaveCount(0)
    await expect(page.getByTestId(`pending-item-${kept}`)).toBeVisible()
    await expect(page.getByTestId('error-message')).toBeHidden()

    expect(demoSecPaid.links().map((link) => link.id)).toEqual([kept])
    expect(journaledSaleOf(counter.journalFile, cancelled).statuses).toEqual(['creating', 'created', 'cancelled'])
    expect(journaledSaleOf(counter.journalFile, kept).statuses).toEqual(['creating', 'created'])
  })

  test('a delete SecPaid fails (HTTP 500) says so, and the link stays listed and open', async ({ counter }) => {
    const { page, demoSecPaid } = counter
    const simulator = demoSecPaid
    const linkId = await chargeToQr(counter, ['3', '0', '0'])
    await page.getByTestId('back-to-keypad').click()
    await expect(page.getByTestId(`pending-item-${linkId}`)).toBeVisible()

    simulator.injectFaults('http500', 1, 'deleteLink')
    await page.getByTestId(`pending-cancel-${linkId}`).click()
    await page.getByTestId('confirm-cancel').click()
    await expect(page.getByTestId('error-message')).toHaveText(
      'SecPaid had a server error (HTTP 500): Internal server error.'
    )
    await expect(page.getByTestId(`pending-item-${linkId}`)).toBeVisible()

    expect(deleteRequests(simulator).map((request) => request.status)).toEqual([500])
    expect(simulator.links().map((link) => [link.id, link.status])).toEqual([[linkId, 'Unused']])
    expect(journaledSaleOf(counter.journalFile, linkId).statuses).toEqual(['creating', 'created'])
    await expect.poll(() => summaryFigure(page, 'today-summary-pending')).toEqual({ count: 1, amount: '€3.00' })

    // The same link on the QR screen: the failure is said there too, and the QR stays for the customer.
    simulator.injectFaults('http500', 1, 'deleteLink')
    await page.getByTestId(`pending-item-${linkId}`).click()
    await page.getByTestId('cancel-sale').click()
    await page.getByTestId('confirm-cancel').click()
    // The keypad's pending list, hidden under the QR, holds the same error: the one said is the QR screen's.
    await expect(page.getByTestId('qr-screen').getByTestId('error-message')).toHaveText(
      'SecPaid had a server error (HTTP 500): Internal server error.'
    )
    await expect(page.getByTestId('qr-image')).toBeVisible()
    expect(simulator.links()).toHaveLength(1)
  })

  test('cancelling from the pending list a link the customer just paid says it is already paid and counts it paid', async ({
    counter
  }) => {
    const { page, demoSecPaid } = counter
    const linkId = await chargeToQr(counter, ['6', '0', '0'])
    await page.getByTestId('back-to-keypad').click()
    // Nothing watches a link in the list: the cancel is what finds out.
    expect(demoSecPaid.markPaid(linkId)).toBe(true)
    await page.getByTestId(`pending-cancel-${linkId}`).click()
    await page.getByTestId('confirm-cancel').click()

    await expect(page.getByTestId('error-message')).toHaveText(
      'This sale is already paid and can no longer be cancelled.'
    )
    await expect.poll(() => summaryFigure(page, 'today-summary-paid')).toEqual({ count: 1, amount: '€6.00' })
    await expect.poll(() => summaryFigure(page, 'today-summary-pending')).toEqual({ count: 0, amount: '€0.00' })
    // SecPaid refuses to delete a paid link (HTTP 400, “This link is already used”): it stays paid.
    expect(deleteRequests(demoSecPaid).map((request) => request.status)).toEqual([400])
    expect(demoSecPaid.links().map((link) => link.status)).toEqual(['Used'])
    expect(journaledSaleOf(counter.journalFile, linkId).statuses).toEqual(['creating', 'created', 'paid'])
  })

  test('cancelling the link on screen that the customer just paid shows the Paid screen', async ({ counter }) => {
    const { page, demoSecPaid } = counter
    const simulator = demoSecPaid
    const linkId = await chargeToQr(counter, ['7', '0', '0'])
    // Paid detection is kept from seeing the payment first, so the cancel meets it: its list calls fail from now on,
    // and the customer pays only once no list asked for before the faults is still on its way (one answered after the
    // payment would show it). The cancel itself asks getMyUsedLinks, which answers.
    simulator.injectFaults('http500', 1000, 'getMyUnusedLinks')
    const lists = () => simulator.requestLog().filter((request) => request.endpoint === 'getMyUnusedLinks')
    await expect
      .poll(() => lists().some((list) => list.status === 500) && lists().every((list) => list.status !== null))
      .toBe(true)
    expect(simulator.markPaid(linkId)).toBe(true)
    await page.getByTestId('cancel-sale').click()
    await page.getByTestId('confirm-cancel').click()

    await expect(page.getByTestId('paid-screen')).toBeVisible()
    await expect(page.getByTestId('paid-screen')).toContainText('€7.00')
    expect(deleteRequests(simulator).map((request) => request.status)).toEqual([400])
    expect(simulator.links().map((link) => link.status)).toEqual(['Used'])
    expect(journaledSaleOf(counter.journalFile, linkId).statuses).toEqual(['creating', 'created', 'paid'])
    await page.getByTestId('paid-done').click()
    await expect.poll(() => summaryFigure(page, 'today-summary-paid')).toEqual({ count: 1, amount: '€7.00' })
  })

  test('a link that a cancel found paid leaves the waiting list at once', async ({ counter }) => {
    const { page, demoSecPaid } = counter
    const linkId = await chargeToQr(counter, ['6', '5', '0'])
    await page.getByTestId('back-to-keypad').click()
    expect(demoSecPaid.markPaid(linkId)).toBe(true)
    await page.getByTestId(`pending-cancel-${linkId}`).click()
    await page.getByTestId('confirm-cancel').click()
    await expect(page.getByTestId('error-message')).toHaveText(
      'This sale is already paid and can no longer be cancelled.'
    )
    await expect(page.getByTestId(`pending-item-${linkId}`)).toHaveCount(0, { timeout: 3000 })
  })
})
