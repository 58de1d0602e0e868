import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { ReceiptPrinter } from '../../../src-main/receipts/receipt-printer'
import type { LinkView, ReceiptData } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'

const SHOP = { name: 'Café Blau', address: 'Hauptstraße 1\n10115 Berlin', vatId: 'DE123456789' }

describe('receipts: main hands out a paid sale’s data and prints it as Settings say', () => {
  let opened: DemoBackend
  const printer = vi.fn<ReceiptPrinter>(async () => ({ ok: true, value: { printed: true } }))
  const call = (channel: string, request: unknown) => opened.call(channel, request)

  beforeAll(async () => {
    opened = await openDemoBackend({ testing: { watchIntervalMs: 50 }, printReceipt: printer })
    // Settings is open to the owner while no PIN is set.
    expect(
      await call('updateSettings', {
        shop: SHOP,
        products: [{ id: 'coffee', name: 'Coffee', priceCents: 250, colour: '' }],
        tips: { enabled: true, percentPresets: [10], roundUp: true }
      })
    ).toMatchObject({ ok: true })
  })
  afterAll(async () => {
    await opened.close()
  })

  const chargeComposed = async () => {
    const charged = await call('charge', {
      sale: {
        lines: [
          { kind: 'product', productId: 'coffee', quantity: 2 },
          { kind: 'amount', amountCents: 120 }
        ],
        tip: { kind: 'round_up' }
      },
      note: 'Table 4'
    })
    if (!charged.ok) throw new Error(charged.error.code)
    return charged.value as LinkView
  }

  it('refuses a receipt for a sale that is not paid, and for one that does not exist', async () => {
    const link = await chargeComposed()
    const reference = link.reference!
    expect(await call('receiptFor', { reference })).toEqual({ ok: false, error: { code: 'sale_not_paid', reference } })
    expect(await call('printReceipt', { reference })).toEqual({
      ok: false,
      error: { code: 'sale_not_paid', reference }
    })
    expect(await call('receiptFor', { reference: 'POS-nope' })).toEqual({
      ok: false,
      error: { code: 'no_such_sale', reference: 'POS-nope' }
    })
    expect(printer).not.toHaveBeenCalled()
  })

  it('answers every field of a paid sale’s receipt, and prints it on Paid when the owner chose so', async () => {
    expect(
      await call('updateSettings', {
        receipt: { paper: 'mm58', printerName: 'Thermal', silentPrint: true, printOnPaid: true }
      })
    ).toMatchObject({ ok: true })
    const link = await chargeComposed()
    const reference = link.reference!
    expect(await call('watchLink', { linkId: link.linkId })).toMatchObject({ ok: true })
    expect(await call('simulatePayment', { linkId: link.linkId })).toMatchObject({ ok: true })
    await vi.waitFor(() => expect(printer).toHaveBeenCalledTimes(1), { timeout: 5000 })
    expect(printer).toHaveBeenCalledWith({ reference, paper: 'mm58', printerName: 'Thermal', silent: true })

    const receipt = await call('receiptFor', { reference })
    expect(receipt.ok).toBe(true)
    const data = (receipt as { value: ReceiptData }).value
    expect(data).toMatchObject({
      reference,
      linkId: link.linkId,
      shop: SHOP,
      paper: 'mm58',
      items: [
        { productId: 'coffee', name: 'Coffee', unitCents: 250, quantity: 2, totalCents: 500 },
        { productId: null, name: null, unitCents: 120, quantity: 1, totalCents: 120 }
      ],
      subtotalCents: 620,
      tipCents: 80,
      totalCents: 700,
      note: 'Table 4'
    })
    expect(Date.parse(data.paidAt)).toBeGreaterThanOrEqual(Date.parse(data.createdAt))

    expect(await call('printReceipt', { reference })).toEqual({ ok: true, value: { printed: true } })
    expect(printer).toHaveBeenCalledTimes(2)
  })

  it('a plain sale’s receipt has one line for its amount', async () => {
    const charged = await call('charge', { amountCents: 1234 })
    const link = (charged as { value: LinkView }).value
    await call('watchLink', { linkId: link.linkId })
    await call('simulatePayment', { linkId: link.linkId })
    await vi.waitFor(async () => expect((await call('receiptFor', { reference: link.reference! })).ok).toBe(true), {
      timeout: 5000
    })
    expect(await call('receiptFor', { reference: link.reference! })).toMatchObject({
      value: {
        items: [{ name: null, quantity: 1, totalCents: 1234 }],
        subtotalCents: 1234,
        tipCents: 0,
        totalCents: 1234
      }
    })
  })

  it('without a printer, printing is answered as no_printing', async () => {
    const noPrinter = await openDemoBackend({ testing: { watchIntervalMs: 50 } })
    try {
      const charged = await noPrinter.call<LinkView>('charge', { amountCents: 500 })
      const link = (charged as { value: LinkView }).value
      noPrinter.backend.sales.recordOutcome(link.linkId, 'paid')
      expect(await noPrinter.call('printReceipt', { reference: link.reference })).toEqual({
        ok: false,
        error: { code: 'print_failed', reason: 'no_printing', printerName: null }
      })
    } finally {
      await noPrinter.close()
    }
  })
})
