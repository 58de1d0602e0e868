import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { LinkView, Product, TipSettings } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { journalText } from '../../support/journal-rows'

const COFFEE: Product = {
  id: 'coffee',
  name: 'Coffee',
  priceCents: 250,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const CAKE: Product = { id: 'cake', name: 'Cake', priceCents: 320, colour: '', categoryId: '', code: '', soldOutOn: '' }
const TIPS_OFF: TipSettings = { enabled: false, percentPresets: [5, 10, 15], roundUp: true }

describe('main prices every line from its own settings and refuses what the owner did not offer', () => {
  let opened: DemoBackend

  beforeAll(async () => {
    opened = await openDemoBackend()
  })
  afterAll(async () => {
    await opened.close()
  })
  beforeEach(async () => {
    expect(await settle({ products: [COFFEE, CAKE], tips: TIPS_OFF })).toBe(true)
  })

  const call = (channel: string, request: unknown) => opened.call(channel, request)
  const settle = async (patch: unknown) => (await call('updateSettings', patch)).ok
  const journalNow = () => journalText(opened.booksPath)

  /** Asks quoteSale and charge the same crafted sale; both must refuse it with `error`, journaling and sending nothing. */
  async function expectRefused(sale: unknown, error: unknown) {
    const journalBefore = journalNow()
    const requestsBefore = opened.demo.requestCount()
    expect(await call('quoteSale', sale)).toEqual({ ok: false, error })
    expect(await call('charge', { sale, note: 'crafted' })).toEqual({ ok: false, error })
    expect(journalNow()).toBe(journalBefore)
    expect(opened.demo.requestCount()).toBe(requestsBefore)
  }

  it('prices a product line at the price in Settings, with the name from Settings', async () => {
    const quote = await call('quoteSale', {
      lines: [
        { kind: 'product', productId: 'coffee', quantity: 2 },
        { kind: 'amount', amountCents: 105 }
      ],
      tip: { kind: 'none' }
    })
    expect(quote).toEqual({
      ok: true,
      value: {
        lines: [
          {
            kind: 'product',
            productId: 'coffee',
            name: 'Coffee',
            unitCents: 250,
            quantity: 2,
            totalCents: 500,
            vatRate: 19
          },
          { kind: 'amount', amountCents: 105, totalCents: 105, vatRate: 19 }
        ],
        subtotalCents: 605,
        tipCents: 0,
        totalCents: 605,
        vat: { exempt: false, rates: [{ ratePercent: 19, grossCents: 605, netCents: 508, vatCents: 97 }] }
      }
    })
  })

  it('refuses "Coffee" at 0.01 €: a line cannot bring its own name or price', async () => {
    await expectRefused(
      {
        lines: [{ kind: 'product', productId: 'coffee', name: 'Coffee', unitCents: 1, quantity: 1 }],
        tip: { kind: 'none' }
      },
      { code: 'invalid_request', field: 'name,unitCents' }
    )
  })

  it('refuses 999 × "Gold bar", a product the owner does not offer', async () => {
    await expectRefused(
      { lines: [{ kind: 'product', productId: 'gold-bar', quantity: 999 }], tip: { kind: 'none' } },
      { code: 'unknown_product', productId: 'gold-bar' }
    )
    await expectRefused(
      {
        lines: [{ kind: 'product', productId: 'gold-bar', name: 'Gold bar', unitCents: 100_000, quantity: 999 }],
        tip: { kind: 'none' }
      },
      { code: 'invalid_request', field: 'name,unitCents' }
    )
  })

  it('refuses a 99 € custom tip, with tips off and with tips on', async () => {
    const sale = {
      lines: [{ kind: 'amount', amountCents: 500 }],
      tip: { kind: 'custom', tipCents: 9900 }
    }
    // The contract has no custom tip: the request is refused by its shape.
    await expectRefused(sale, expect.objectContaining({ code: 'invalid_request' }))
    expect(await settle({ tips: { ...TIPS_OFF, enabled: true } })).toBe(true)
    await expectRefused(sale, expect.objectContaining({ code: 'invalid_request' }))
  })

  it('refuses a percent tip while tips are off, and a 50 % tip that is not one of the presets', async () => {
    const withTip = (percent: number) => ({
      lines: [{ kind: 'product', productId: 'cake', quantity: 1 }],
      tip: { kind: 'percent', percent }
    })
    await expectRefused(withTip(10), { code: 'tip_not_offered' })
    expect(await settle({ tips: { ...TIPS_OFF, enabled: true } })).toBe(true)
    await expectRefused(withTip(50), { code: 'tip_not_offered' })
    expect(await call('quoteSale', withTip(10))).toMatchObject({ ok: true, value: { tipCents: 32, totalCents: 352 } })
  })

  it('refuses rounding up while it is off, or while tips are off', async () => {
    const sale = { lines: [{ kind: 'amount', amountCents: 1230 }], tip: { kind: 'round_up' } }
    await expectRefused(sale, { code: 'tip_not_offered' })
    expect(await settle({ tips: { enabled: true, percentPresets: [10], roundUp: false } })).toBe(true)
    await expectRefused(sale, { code: 'tip_not_offered' })
    expect(await settle({ tips: { enabled: true, percentPresets: [10], roundUp: true } })).toBe(true)
    expect(await call('quoteSale', sale)).toMatchObject({ ok: true, value: { tipCents: 70, totalCents: 1300 } })
  })

  it('refuses quantities out of range with their own code', async () => {
    for (const quantity of [0, -3, 1000]) {
      await expectRefused(
        { lines: [{ kind: 'product', productId: 'coffee', quantity }], tip: { kind: 'none' } },
        { code: 'sale_invalid', problem: 'quantity_out_of_range', limit: 999 }
      )
    }
  })

  it('charges the price at Charge when the owner changed it after the quote, and journals that price and name', async () => {
    const sale = { lines: [{ kind: 'product', productId: 'coffee', quantity: 2 }], tip: { kind: 'none' } }
    expect(await call('quoteSale', sale)).toMatchObject({ ok: true, value: { totalCents: 500 } })
    expect(await settle({ products: [{ ...COFFEE, name: 'Flat white', priceCents: 310 }, CAKE] })).toBe(true)
    const charged = await call('charge', { sale })
    expect(charged.ok).toBe(true)
    if (!charged.ok) return
    const link = charged.value as LinkView
    expect(link.amountCents).toBe(620)
    expect(opened.demo.links().find((candidate) => candidate.id === link.linkId)?.recipientNote).toBe(
      `${link.reference} 2×Flat white`
    )
    const creating = journalNow()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.type === 'creating' && line.reference === link.reference)
    expect(creating).toMatchObject({
      amountCents: 620,
      items: [{ productId: 'coffee', name: 'Flat white', unitCents: 310, quantity: 2, totalCents: 620 }]
    })
  })
})
