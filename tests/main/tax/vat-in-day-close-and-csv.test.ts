import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { DayCloseReport, LinkView, ReceiptData, SalesRow } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'

/** Today as the books name days (the machine's local day). */
const today = () => {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

describe('VAT per rate in the receipt data, the day close and the CSV rows, from the journaled splits', () => {
  let opened: DemoBackend
  const call = <T>(channel: string, request: unknown) => opened.call<T>(channel, request)

  beforeAll(async () => {
    opened = await openDemoBackend({ testing: { watchIntervalMs: 50 } })
    const products = [
      { id: 'coffee', name: 'Coffee', priceCents: 250, colour: '', vatRate: 19 },
      { id: 'bread', name: 'Bread', priceCents: 321, colour: '', vatRate: 7 }
    ]
    const tips = { enabled: true, percentPresets: [10], roundUp: true }
    // Tips for the staff: passed on, outside the VAT split (a shop's tip would be taxed at the default rate).
    expect((await call('updateSettings', { products, tips, tipKind: 'staff' })).ok).toBe(true)
  })
  afterAll(async () => {
    await opened.close()
  })

  const paid = async (request: unknown) => {
    const charged = await call<LinkView>('charge', request)
    if (!charged.ok) throw new Error(charged.error.code)
    const link = charged.value
    await call('watchLink', { linkId: link.linkId })
    await call('simulatePayment', { linkId: link.linkId })
    await vi.waitFor(async () => expect((await call('receiptFor', { reference: link.reference! })).ok).toBe(true), {
      timeout: 5000
    })
    return link.reference!
  }

  it('adds up each sale’s split per rate, and splits a partial refund over its sale’s rates in proportion', async () => {
    // 2 × coffee (5.00 at 19 %) + bread (3.21 at 7 %), 10 % tip (0.82) outside the split.
    const mixed = await paid({
      sale: {
        lines: [
          { kind: 'product', productId: 'coffee', quantity: 2 },
          { kind: 'product', productId: 'bread', quantity: 1 }
        ],
        tip: { kind: 'percent', percent: 10 }
      }
    })
    await paid({ amountCents: 1070, vatRate: 7 })

    const receipt = await call<ReceiptData>('receiptFor', { reference: mixed })
    expect(receipt).toMatchObject({
      ok: true,
      value: {
        totalCents: 903,
        tipCents: 82,
        vat: {
          exempt: false,
          rates: [
            { ratePercent: 19, grossCents: 500, netCents: 420, vatCents: 80 },
            { ratePercent: 7, grossCents: 321, netCents: 300, vatCents: 21 }
          ]
        }
      }
    })

    // 4.50 of 9.03 back: shared 500 : 321 : 82 by largest remainder → 249 : 160 : 41.
    expect(await call('refundSale', { reference: mixed, amountCents: 450 })).toMatchObject({ ok: true })
    const report = await call<DayCloseReport>('dayClose', { from: today(), to: today() })
    if (!report.ok) throw new Error(report.error.code)
    expect(report.value.vat).toEqual({
      sales: [
        { ratePercent: 19, grossCents: 500, netCents: 420, vatCents: 80 },
        { ratePercent: 7, grossCents: 1391, netCents: 1300, vatCents: 91 }
      ],
      refunds: [
        { ratePercent: 19, grossCents: 249, netCents: 209, vatCents: 40 },
        { ratePercent: 7, grossCents: 160, netCents: 150, vatCents: 10 }
      ],
      exemptCents: 0,
      exemptRefundCents: 0,
      unrecorded: { count: 0, cents: 0 }
    })

    const rows = await call<{ rows: SalesRow[] }>('salesRows', { from: today(), to: today() })
    if (!rows.ok) throw new Error(rows.error.code)
    const row = rows.value.rows.find((candidate) => candidate.reference === mixed)
    expect(row?.vat).toEqual(receipt.ok ? receipt.value.vat : null)
    expect(row?.refundVat).toEqual({ exempt: false, rates: report.value.vat?.refunds })
  })
})
