import { beforeEach, describe, expect, it } from 'vitest'

import { createBooksHandlers } from '../../../src-main/books/books-handlers'
import { createHistoryIndex } from '../../../src-main/books/history-index'
import { createRefundService, type RefundService } from '../../../src-main/books/refund-service'
import { refundRefusalOf } from '../../../src-main/secpaid/secpaid-words'
import { createSettingsLock } from '../../../src-main/settings/settings-lock'
import { hashPin } from '../../../src-main/settings/settings-pin'
import { booksAtTestSecPaid, journalSale } from '../../support/books-setup'
import { journalText } from '../../support/journal-rows'

describe('refunds: one request per link, journaled before it is sent, over real HTTP to the simulator', () => {
  const bench = booksAtTestSecPaid('counter-refunds-', { timeoutMs: 500 })
  let refunds: RefundService
  beforeEach(() => {
    refunds = createRefundService({ getClient: () => bench.client, journal: bench.journal, now: () => new Date() })
  })

  /** A sale this till made and the customer paid: a real link at the simulator, journaled as the app would. */
  const paidSale = async (reference: string, amountCents: number, options: { journalCents?: number } = {}) => {
    const created = await bench.client.createLink({ amountCents, recipientNote: reference })
    if (!created.ok) throw new Error(created.error.message)
    bench.secpaid.markPaid(created.value.id)
    const at = new Date().toISOString()
    journalSale(bench.journal, {
      reference,
      amountCents: options.journalCents ?? amountCents,
      at,
      linkId: created.value.id,
      payLink: created.value.payLink,
      paidAt: at,
      // On the key "demo-key" of today's app, which records each sale's environment.
      environment: 'demo'
    })
    return created.value.id
  }
  const refundRequests = () => bench.secpaid.requestLog().filter((request) => request.endpoint === 'refundPayment')
  const journalTypes = () =>
    journalText(bench.booksPath)
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { type: string }).type)

  it('a full refund of 12.34 € sends pay_id as an integer, refund_amount 12.34 and isFullRefund, intent first', async () => {
    const linkId = await paidSale('R-1', 1234)
    const result = await refunds.refund('R-1', 1234)
    expect(result).toMatchObject({ ok: true, value: { amountCents: 1234, full: true, state: 'sent' } })
    expect(refundRequests().map((request) => request.body)).toEqual([
      { pay_id: linkId, refund_amount: 12.34, isFullRefund: true }
    ])
    expect(journalTypes().slice(-2)).toEqual(['refund_requested', 'refund_sent'])
    expect(bench.secpaid.links().find((link) => link.id === linkId)?.refund).toMatchObject({
      amountCents: 1234,
      full: true
    })
  })

  it('a partial refund goes up to the amount paid; more is refused in main and nothing is sent', async () => {
    await paidSale('R-2', 1999)
    expect(await refunds.refund('R-2', 2000)).toEqual({
      ok: false,
      error: { code: 'refund_above_paid', paidCents: 1999 }
    })
    expect(refundRequests()).toHaveLength(0)
    expect(await refunds.refund('R-2', 1)).toMatchObject({ ok: true, value: { amountCents: 1, full: false } })
    expect(refundRequests()[0]?.body).toEqual(expect.objectContaining({ refund_amount: 0.01, isFullRefund: false }))
  })

  it('a second refund of the same sale is refused here, without asking SecPaid again', async () => {
    await paidSale('R-3', 500)
    await refunds.refund('R-3', 200)
    expect(await refunds.refund('R-3', 100)).toEqual({ ok: false, error: { code: 'refund_already_requested' } })
    expect(refundRequests()).toHaveLength(1)
  })

  it('a lost answer is not sent again blindly: the retry resends the recorded request and learns it arrived', async () => {
    const linkId = await paidSale('R-4', 800)
    bench.secpaid.injectFaults('resetAfterProcessing', 1, 'refundPayment')
    const lost = await refunds.refund('R-4', 300)
    expect(lost).toMatchObject({ ok: false, error: { code: 'refund_outcome_unknown', amountCents: 300 } })
    expect(bench.journal.get('R-4')?.refund).toMatchObject({ state: 'requested', amountCents: 300 })
    // The cashier asks again, even with another amount: the recorded request is what goes out.
    const retried = await refunds.refund('R-4', 800)
    expect(retried).toMatchObject({ ok: true, value: { amountCents: 300, state: 'sent' } })
    expect(refundRequests().map((request) => request.body)).toEqual([
      { pay_id: linkId, refund_amount: 3, isFullRefund: false },
      { pay_id: linkId, refund_amount: 3, isFullRefund: false }
    ])
    expect(bench.secpaid.links().find((link) => link.id === linkId)?.refund?.amountCents).toBe(300)
  })

  it('two taps at once send one request', async () => {
    await paidSale('R-5', 700)
    const [first, second] = await Promise.all([refunds.refund('R-5', 700), refunds.refund('R-5', 700)])
    expect(first).toEqual(second)
    expect(refundRequests()).toHaveLength(1)
  })

  it('every documented refusal arrives as its own code and is journaled', async () => {
    const other = await paidSale('ELSEWHERE', 400)
    await bench.client.refundPayment({ payId: other, amountCents: 400, isFullRefund: true })
    expect(await refunds.refund('ELSEWHERE', 400)).toEqual({ ok: false, error: { code: 'refund_already_requested' } })

    const disputed = await paidSale('DISPUTED', 400)
    bench.secpaid.setLinkFlags(disputed, { disputed: true })
    expect(await refunds.refund('DISPUTED', 400)).toEqual({ ok: false, error: { code: 'refund_blocked_dispute' } })

    const invoice = await paidSale('INVOICE', 400)
    bench.secpaid.setLinkFlags(invoice, { invoice: true })
    expect(await refunds.refund('INVOICE', 400)).toEqual({ ok: false, error: { code: 'refund_invoice_link' } })

    // The journal believes more was paid than SecPaid knows: SecPaid's own limit answers.
    await paidSale('TOO-MUCH', 400, { journalCents: 900 })
    expect(await refunds.refund('TOO-MUCH', 900)).toEqual({ ok: false, error: { code: 'refund_invalid_amount' } })

    const at = new Date().toISOString()
    const deleted = await bench.client.createLink({ amountCents: 100 })
    if (!deleted.ok) throw new Error('no link')
    await bench.client.deleteLink(deleted.value.id)
    for (const [reference, linkId] of [
      ['CANCELLED', deleted.value.id],
      ['UNKNOWN', 1]
    ] as const) {
      journalSale(bench.journal, {
        reference,
        amountCents: 100,
        at,
        linkId,
        payLink: 'https://p',
        paidAt: at,
        environment: 'demo'
      })
    }
    expect(await refunds.refund('CANCELLED', 100)).toEqual({ ok: false, error: { code: 'refund_link_cancelled' } })
    expect(await refunds.refund('UNKNOWN', 100)).toEqual({ ok: false, error: { code: 'link_not_found' } })
    expect(bench.journal.get('UNKNOWN')?.refund).toMatchObject({
      state: 'refused',
      refusal: { code: 'link_not_found' }
    })
    // A refused refund may be asked for again (the dispute may be settled).
    bench.secpaid.setLinkFlags(disputed, { disputed: false })
    expect(await refunds.refund('DISPUTED', 400)).toMatchObject({ ok: true, value: { state: 'sent' } })
  })

  it('SecPaid words no page documents are kept as they came; the two missing-field texts are SecPaid’s own', async () => {
    expect(refundRefusalOf('Refund window closed')).toEqual({
      code: 'refund_refused',
      secpaidMessage: 'Refund window closed'
    })
    expect(refundRefusalOf('Link not found')).toEqual({ code: 'link_not_found' })
    const post = (body: unknown) =>
      fetch(`${bench.secpaid.baseUrl}refundPayment`, {
        method: 'POST',
        headers: { token: 'demo-key', 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      }).then((response) => response.json() as Promise<{ ResponseMsg: string; ResponseCode: number }>)
    expect(await post({ refund_amount: 1 })).toMatchObject({ ResponseCode: 0, ResponseMsg: 'Please enter pay_id' })
    expect(await post({ pay_id: 99290 })).toMatchObject({ ResponseCode: 0, ResponseMsg: 'Please enter refund_amount' })
  })

  it('a sale that is not paid is not refunded, and an unreachable SecPaid files nothing', async () => {
    const at = new Date().toISOString()
    bench.journal.append({ type: 'creating', reference: 'OPEN', amountCents: 100, note: '', at })
    expect(await refunds.refund('OPEN', 100)).toEqual({ ok: false, error: { code: 'refund_not_paid' } })
    expect(await refunds.refund('NONE', 100)).toEqual({ ok: false, error: { code: 'no_such_sale', reference: 'NONE' } })
    await paidSale('OFFLINE', 100)
    bench.secpaid.injectFaults('http429', 1, 'refundPayment')
    expect(await refunds.refund('OFFLINE', 100)).toMatchObject({
      ok: false,
      error: { code: 'refund_not_sent', cause: { code: 'rate_limited' } }
    })
    expect(await refunds.refund('OFFLINE', 100)).toMatchObject({ ok: true, value: { state: 'sent' } })
  })

  it('an approved refund shows in getPayInTransactions as a negative Refund entry', async () => {
    const linkId = await paidSale('R-6', 1500)
    await refunds.refund('R-6', 500)
    expect(bench.secpaid.approveRefund(linkId)).toBe(true)
    const payIns = await bench.client.getPayInTransactions({ payId: linkId })
    expect(payIns).toMatchObject({
      ok: true,
      value: [
        { payId: linkId, amountCents: -500, transactionType: 'Refund', isRefund: true },
        { payId: linkId, amountCents: 1500, transactionType: 'Basic', isRefund: false }
      ]
    })
  })

  it('with a PIN set, main refunds only with the right PIN and leaves settings locked', async () => {
    await paidSale('R-7', 300)
    const pin = hashPin('4711')
    const settingsLock = createSettingsLock({ storedPin: () => pin })
    const books = createBooksHandlers({
      journal: bench.journal,
      history: createHistoryIndex(bench.journal),
      refunds,
      getClient: () => bench.client,
      settingsLock,
      pinSet: () => true
    })
    expect(await books.refundSale({ reference: 'R-7', amountCents: 300 })).toEqual({
      ok: false,
      error: { code: 'refund_pin_required' }
    })
    expect(await books.refundSale({ reference: 'R-7', amountCents: 300, pin: '0000' })).toEqual({
      ok: false,
      error: { code: 'refund_pin_wrong', retryInSeconds: null }
    })
    expect(refundRequests()).toHaveLength(0)
    expect(await books.refundSale({ reference: 'R-7', amountCents: 300, pin: '4711' })).toMatchObject({ ok: true })
    expect(settingsLock.isUnlocked()).toBe(false)
  })
})
