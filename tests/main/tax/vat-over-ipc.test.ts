import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { LinkView, Product } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { journalText } from '../../support/journal-rows'

const COFFEE: Product = {
  id: 'coffee',
  name: 'Coffee',
  priceCents: 250,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: '',
  vatRate: 19
}
const BREAD: Product = {
  id: 'bread',
  name: 'Bread',
  priceCents: 321,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: '',
  vatRate: 7
}
const TAX = { rates: [19, 7, 0], defaultRate: 19, smallBusiness: false, taxNumber: '' }

describe('main computes and journals the VAT split; the renderer cannot send one or a rate not offered', () => {
  let opened: DemoBackend

  beforeAll(async () => {
    opened = await openDemoBackend()
  })
  afterAll(async () => {
    await opened.close()
  })
  beforeEach(async () => {
    expect(await settle({ products: [COFFEE, BREAD], tax: TAX })).toBe(true)
  })

  const call = (channel: string, request: unknown) => opened.call(channel, request)
  const settle = async (patch: unknown) => (await call('updateSettings', patch)).ok
  const creatingLine = (reference: string | null) =>
    journalText(opened.booksPath)
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.type === 'creating' && line.reference === reference)

  async function expectRefused(request: unknown, error: unknown) {
    const journalBefore = journalText(opened.booksPath)
    const requestsBefore = opened.demo.requestCount()
    if (typeof request === 'object' && request !== null && 'sale' in request) {
      expect(await call('quoteSale', request.sale)).toEqual({ ok: false, error })
    }
    expect(await call('charge', request)).toEqual({ ok: false, error })
    expect(journalText(opened.booksPath)).toBe(journalBefore)
    expect(opened.demo.requestCount()).toBe(requestsBefore)
  }

  it('journals the split main computed for a mixed-rate sale, per rate on its total', async () => {
    const sale = {
      lines: [
        { kind: 'product', productId: 'coffee', quantity: 2 },
        { kind: 'product', productId: 'bread', quantity: 1 },
        { kind: 'amount', amountCents: 100, vatRate: 0 }
      ],
      tip: { kind: 'none' }
    }
    const charged = await call('charge', { sale })
    expect(charged.ok).toBe(true)
    const { reference } = (charged as { value: LinkView }).value
    expect(creatingLine(reference)).toMatchObject({
      amountCents: 921,
      items: [{ vatRate: 19 }, { vatRate: 7 }, { vatRate: 0 }],
      vat: {
        exempt: false,
        rates: [
          { ratePercent: 19, grossCents: 500, netCents: 420, vatCents: 80 },
          { ratePercent: 7, grossCents: 321, netCents: 300, vatCents: 21 },
          { ratePercent: 0, grossCents: 100, netCents: 100, vatCents: 0 }
        ]
      }
    })
  })

  it('taxes a tip for the shop at the default rate and leaves a tip for the staff outside the split', async () => {
    const tips = { enabled: true, percentPresets: [10], roundUp: true }
    const sale = {
      lines: [{ kind: 'product', productId: 'bread', quantity: 1 }],
      tip: { kind: 'percent', percent: 10 }
    }
    const splitOf = async (tipKind: 'shop' | 'staff') => {
      expect(await settle({ tips, tipKind })).toBe(true)
      const charged = await call('charge', { sale })
      expect(charged.ok).toBe(true)
      const line = creatingLine((charged as { value: LinkView }).value.reference)
      await call('cancelSale', { linkId: (charged as { value: LinkView }).value.linkId })
      return line
    }
    // Bread 3.21 at 7 %, tip 0.32.
    expect(await splitOf('shop')).toMatchObject({
      amountCents: 353,
      tipKind: 'shop',
      vat: {
        rates: [
          { ratePercent: 19, grossCents: 32, netCents: 27, vatCents: 5 },
          { ratePercent: 7, grossCents: 321, netCents: 300, vatCents: 21 }
        ]
      }
    })
    expect(await splitOf('staff')).toMatchObject({
      amountCents: 353,
      tipKind: 'staff',
      vat: { rates: [{ ratePercent: 7, grossCents: 321, netCents: 300, vatCents: 21 }] }
    })
  })

  it('journals a lone typed amount at the rate the cashier picked, or at the default rate', async () => {
    const picked = await call('charge', { amountCents: 1070, vatRate: 7 })
    const defaulted = await call('charge', { amountCents: 1190 })
    expect(creatingLine((picked as { value: LinkView }).value.reference)?.vat).toEqual({
      exempt: false,
      rates: [{ ratePercent: 7, grossCents: 1070, netCents: 1000, vatCents: 70 }]
    })
    expect(creatingLine((defaulted as { value: LinkView }).value.reference)?.vat).toEqual({
      exempt: false,
      rates: [{ ratePercent: 19, grossCents: 1190, netCents: 1000, vatCents: 190 }]
    })
  })

  it('refuses a VAT split sent by the renderer, on the sale, on a line and beside a typed amount', async () => {
    const vat = { exempt: false, rates: [{ ratePercent: 0, grossCents: 500, netCents: 500, vatCents: 0 }] }
    const line = { kind: 'product', productId: 'coffee', quantity: 2 }
    await expectRefused(
      { sale: { lines: [line], tip: { kind: 'none' }, vat } },
      expect.objectContaining({ code: 'invalid_request' })
    )
    await expectRefused(
      { sale: { lines: [{ ...line, vatRate: 0 }], tip: { kind: 'none' } } },
      expect.objectContaining({ code: 'invalid_request' })
    )
    await expectRefused({ amountCents: 500, vat }, expect.objectContaining({ code: 'invalid_request' }))
  })

  it('refuses a rate the shop does not offer, typed or on a product, before anything is journaled or sent', async () => {
    await expectRefused(
      { sale: { lines: [{ kind: 'amount', amountCents: 500, vatRate: 16 }], tip: { kind: 'none' } } },
      { code: 'vat_rate_not_offered', ratePercent: 16 }
    )
    await expectRefused({ amountCents: 500, vatRate: 5 }, { code: 'vat_rate_not_offered', ratePercent: 5 })
    // The owner drops 7 %: bread still names it, so it cannot be sold until its rate is changed.
    expect(await settle({ tax: { ...TAX, rates: [19, 0] } })).toBe(true)
    await expectRefused(
      { sale: { lines: [{ kind: 'product', productId: 'bread', quantity: 1 }], tip: { kind: 'none' } } },
      { code: 'vat_rate_not_offered', ratePercent: 7 }
    )
  })

  it('refuses VAT settings whose default is not among the rates, or with a rate twice', async () => {
    expect(await call('updateSettings', { tax: { ...TAX, defaultRate: 16 } })).toMatchObject({ ok: false })
    expect(await call('updateSettings', { tax: { ...TAX, rates: [19, 19] } })).toMatchObject({ ok: false })
    expect(await call('updateSettings', { products: [{ ...COFFEE, vatRate: 100 }] })).toMatchObject({ ok: false })
  })

  it('journals a Kleinunternehmer sale as exempt, with no VAT split', async () => {
    expect(await settle({ tax: { ...TAX, smallBusiness: true } })).toBe(true)
    const charged = await call('charge', { amountCents: 1000 })
    expect(creatingLine((charged as { value: LinkView }).value.reference)?.vat).toEqual({
      exempt: true,
      grossCents: 1000
    })
  })
})
