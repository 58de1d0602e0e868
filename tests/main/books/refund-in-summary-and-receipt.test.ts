import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { LinkView, ReceiptData, TodaySummary } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'

describe('a partial refund, as the cashier and the customer see it afterwards', () => {
  let opened: DemoBackend
  const call = <T>(channel: string, request: unknown) => opened.call<T>(channel, request)

  beforeAll(async () => {
    opened = await openDemoBackend({ testing: { watchIntervalMs: 50 } })
  })
  afterAll(async () => {
    await opened.close()
  })

  /** A sale of `amountCents` charged and paid in Demo, through the channels the renderer uses. */
  const paidSale = async (amountCents: number) => {
    const charged = await call<LinkView>('charge', { amountCents })
    if (!charged.ok) throw new Error(charged.error.code)
    const link = charged.value
    await call('watchLink', { linkId: link.linkId })
    await call('simulatePayment', { linkId: link.linkId })
    await vi.waitFor(async () => expect((await call('receiptFor', { reference: link.reference! })).ok).toBe(true), {
      timeout: 5000
    })
    return link.reference!
  }

  it('today’s summary keeps the sale paid for 10 € and shows the 1 € refund apart', async () => {
    const reference = await paidSale(1000)
    await paidSale(250)
    expect(await call('refundSale', { reference, amountCents: 100 })).toMatchObject({
      ok: true,
      value: { amountCents: 100, state: 'sent' }
    })
    const summary = await call<TodaySummary>('todaySummary', {})
    expect(summary).toMatchObject({
      ok: true,
      value: {
        count: 2,
        totalCents: 1250,
        paidCount: 2,
        paidCents: 1250,
        pendingCount: 0,
        refundCount: 1,
        refundCents: 100
      }
    })
  })

  it('a reprinted receipt of a refunded sale shows the refund: its amount and how far it got', async () => {
    const reference = await paidSale(800)
    const before = await call<ReceiptData>('receiptFor', { reference })
    expect(before).toMatchObject({ ok: true, value: { totalCents: 800, refund: null } })
    await call('refundSale', { reference, amountCents: 300 })
    const after = await call<ReceiptData>('receiptFor', { reference })
    if (!after.ok) throw new Error(after.error.code)
    expect(after.value.totalCents).toBe(800)
    expect(after.value.refund).toEqual({
      amountCents: 300,
      full: false,
      at: expect.any(String) as unknown,
      state: 'sent'
    })
  })
})
