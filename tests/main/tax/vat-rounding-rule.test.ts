import { describe, expect, it } from 'vitest'

import { quoteSale, type SaleOffer } from '../../../src-main/basket/quote-sale'
import type { Product, SaleLine, SaleVat, TipChoice } from '../../../src-preload/contract'
import { netOfGross, refundVat, shareOut, vatSplit } from '../../../src-preload/contract/vat-rule'

/** A seeded generator (mulberry32), so a failing cart can be replayed from its seed. */
function seeded(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)] as T
  return { int, pick }
}

const RATES = [19, 7, 0]
const TAX = { rates: RATES, defaultRate: 19, smallBusiness: false, taxNumber: '' }

function randomOffer(random: ReturnType<typeof seeded>): SaleOffer {
  const products: Product[] = Array.from({ length: random.int(1, 6) }, (_, index) => ({
    id: `p${index}`,
    name: `Product ${index}`,
    priceCents: random.int(1, 20_000),
    colour: '',
    categoryId: '',
    code: '',
    soldOutOn: '',
    ...(random.int(0, 3) === 0 ? {} : { vatRate: random.pick(RATES) })
  }))
  return {
    maxAmountCents: 100_000_000,
    products,
    tips: { enabled: true, percentPresets: [5, 10, 15], roundUp: true },
    tax: { ...TAX, defaultRate: random.pick(RATES) },
    tipKind: random.pick<SaleOffer['tipKind']>(['staff', 'shop'])
  }
}

function randomCart(random: ReturnType<typeof seeded>, offer: SaleOffer): { lines: SaleLine[]; tip: TipChoice } {
  const lines = Array.from({ length: random.int(1, 20) }, (): SaleLine => {
    if (random.int(0, 2) === 0) {
      const rate = random.int(0, 1) === 0 ? {} : { vatRate: random.pick(RATES) }
      return { kind: 'amount', amountCents: random.int(1, 50_000), ...rate }
    }
    return { kind: 'product', productId: random.pick(offer.products).id, quantity: random.int(1, 30) }
  })
  const tip = random.pick<TipChoice>([{ kind: 'none' }, { kind: 'percent', percent: 10 }, { kind: 'round_up' }])
  return { lines, tip }
}

const ratesOf = (vat: SaleVat) => (vat.exempt ? [] : vat.rates)

describe('VAT: one rounding rule, per rate on the sale’s total, in integer cents', () => {
  it('takes net = gross·100/(100+rate) rounded half-up, and VAT = gross − net', () => {
    expect(netOfGross(119, 19)).toBe(100)
    expect(netOfGross(107, 7)).toBe(100)
    expect(netOfGross(999, 0)).toBe(999)
    // 4 · 100/160 = 2.5 exactly: half-up gives 3.
    expect(netOfGross(4, 60)).toBe(3)
    // 1 cent at 19 %: 0.84 → 1, so no VAT.
    expect(netOfGross(1, 19)).toBe(1)
  })

  it('rounds per rate on the total, not per line', () => {
    const lines = [10, 10, 10].map((totalCents) => ({ vatRate: 19, totalCents }))
    // Per line each 0.10 € would be net 0.08 (24 cents net in all); on the total 0.30 € it is 0.252 → 0.25.
    expect(vatSplit({ lines, tipCents: 0, tipIsRevenue: false, tax: TAX })).toEqual({
      exempt: false,
      rates: [{ ratePercent: 19, grossCents: 30, netCents: 25, vatCents: 5 }]
    })
  })

  it('keeps a staff tip outside the split and puts a shop tip at the default rate', () => {
    const lines = [
      { vatRate: 7, totalCents: 107 },
      { vatRate: 19, totalCents: 119 }
    ]
    expect(vatSplit({ lines, tipCents: 50, tipIsRevenue: false, tax: TAX })).toEqual({
      exempt: false,
      rates: [
        { ratePercent: 19, grossCents: 119, netCents: 100, vatCents: 19 },
        { ratePercent: 7, grossCents: 107, netCents: 100, vatCents: 7 }
      ]
    })
    expect(vatSplit({ lines, tipCents: 119, tipIsRevenue: true, tax: TAX })).toEqual({
      exempt: false,
      rates: [
        { ratePercent: 19, grossCents: 238, netCents: 200, vatCents: 38 },
        { ratePercent: 7, grossCents: 107, netCents: 100, vatCents: 7 }
      ]
    })
  })

  it('splits nothing for a Kleinunternehmer: the sale is exempt as a whole', () => {
    const lines = [{ vatRate: 19, totalCents: 1000 }]
    expect(vatSplit({ lines, tipCents: 0, tipIsRevenue: false, tax: { ...TAX, smallBusiness: true } })).toEqual({
      exempt: true,
      grossCents: 1000
    })
  })

  it('loses no cent over 3,000 random carts: per-rate sums equal the sale’s total (less a staff tip)', () => {
    for (let seed = 1; seed <= 3000; seed += 1) {
      const random = seeded(seed)
      const offer = randomOffer(random)
      const quote = quoteSale(randomCart(random, offer), offer)
      if (!quote.ok) throw new Error(`seed ${seed}: ${quote.error.code}`)
      const { vat, subtotalCents, tipCents, totalCents, lines } = quote.value
      const rates = ratesOf(vat)
      // A shop's tip is its revenue at the default rate; a staff tip is passed on, outside the split.
      const taxedTipCents = offer.tipKind === 'shop' ? tipCents : 0
      expect(
        rates.reduce((sum, rate) => sum + rate.grossCents, 0),
        `seed ${seed}`
      ).toBe(totalCents - tipCents + taxedTipCents)
      expect(subtotalCents, `seed ${seed}`).toBe(totalCents - tipCents)
      for (const rate of rates) {
        const ofRate = lines.filter((line) => line.vatRate === rate.ratePercent)
        const tipHere = rate.ratePercent === offer.tax.defaultRate ? taxedTipCents : 0
        expect(rate.grossCents, `seed ${seed}`).toBe(ofRate.reduce((sum, line) => sum + line.totalCents, 0) + tipHere)
        expect(rate.netCents + rate.vatCents, `seed ${seed}`).toBe(rate.grossCents)
        expect(rate.vatCents, `seed ${seed}`).toBeGreaterThanOrEqual(0)
        // The rule as arithmetic on exact fractions: |net − gross·100/(100+rate)| ≤ ½ cent.
        const exactTwice = (2 * rate.grossCents * 100) / (100 + rate.ratePercent)
        expect(Math.abs(2 * rate.netCents - exactTwice), `seed ${seed}`).toBeLessThanOrEqual(1)
        expect(Number.isInteger(rate.netCents) && Number.isInteger(rate.vatCents)).toBe(true)
      }
      const ordered = rates.map((rate) => rate.ratePercent)
      expect(ordered, `seed ${seed}`).toEqual([...new Set(ordered)].sort((a, b) => b - a))
    }
  })

  it('splits a refund over the rates in proportion, to the cent, and gives a full refund back exactly', () => {
    for (let seed = 1; seed <= 2000; seed += 1) {
      const random = seeded(seed)
      const offer = randomOffer(random)
      const quote = quoteSale(randomCart(random, offer), offer)
      if (!quote.ok) throw new Error(`seed ${seed}: ${quote.error.code}`)
      const { vat, totalCents } = quote.value
      expect(refundVat(vat, totalCents, totalCents), `seed ${seed}`).toEqual(vat)
      const refundCents = random.int(1, totalCents)
      const refunded = refundVat(vat, totalCents, refundCents)
      const refundedRates = ratesOf(refunded ?? vat)
      const taxed = refundedRates.reduce((sum, rate) => sum + rate.grossCents, 0)
      expect(taxed, `seed ${seed}`).toBeLessThanOrEqual(refundCents)
      for (const [index, rate] of refundedRates.entries()) {
        expect(rate.grossCents).toBeLessThanOrEqual(ratesOf(vat)[index]?.grossCents ?? 0)
        expect(rate.netCents + rate.vatCents).toBe(rate.grossCents)
        expect(rate.netCents).toBe(netOfGross(rate.grossCents, rate.ratePercent))
      }
    }
  })

  it('shares out by largest remainder: exact sum, nothing negative', () => {
    expect(shareOut(1, [1, 1, 0])).toEqual([1, 0, 0])
    expect(shareOut(100, [119, 107, 50])).toEqual([43, 39, 18])
    expect(shareOut(0, [5, 5])).toEqual([0, 0])
    expect(refundVat(null, 100, 50)).toBeNull()
    expect(refundVat({ exempt: true, grossCents: 900 }, 1000, 500)).toEqual({ exempt: true, grossCents: 450 })
  })
})
