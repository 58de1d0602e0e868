import { describe, expect, it } from 'vitest'

import { quoteSale, type SaleOffer } from '../../../src-main/basket/quote-sale'
import { SALE_LIMITS } from '../../../src-main/basket/sale-limits'
import type { SaleLine, TipChoice } from '../../../src-preload/contract'
import { tipCentsFor } from '../../../src-preload/contract/tip-rule'

const coffee = (quantity: number): SaleLine => ({ kind: 'product', productId: 'coffee', quantity })
const pricedCoffee = (quantity: number) => ({ ...coffee(quantity), name: 'Coffee', unitCents: 250 })
const amount = (amountCents: number): SaleLine => ({ kind: 'amount', amountCents })
const NONE: TipChoice = { kind: 'none' }
/** Coffee at 2.50 € offered, every tip offered, the largest maximum. */
const offer = (maxAmountCents = 100_000_000): SaleOffer => ({
  maxAmountCents,
  products: [{ id: 'coffee', name: 'Coffee', priceCents: 250, colour: '', categoryId: '', code: '', soldOutOn: '' }],
  tips: { enabled: true, percentPresets: [10], roundUp: true },
  tax: { rates: [19, 7, 0], defaultRate: 19, smallBusiness: false, taxNumber: '' },
  tipKind: 'staff'
})
const MAX = offer()

describe('quoteSale: main computes every figure of a composed sale in integer cents', () => {
  it('totals each line (price × quantity), the subtotal, the tip and the total', () => {
    const quote = quoteSale({ lines: [coffee(2), amount(199)], tip: { kind: 'percent', percent: 10 } }, MAX)
    expect(quote).toEqual({
      ok: true,
      value: {
        lines: [
          { ...pricedCoffee(2), totalCents: 500, vatRate: 19 },
          { ...amount(199), totalCents: 199, vatRate: 19 }
        ],
        subtotalCents: 699,
        tipCents: 70,
        totalCents: 769,
        // 6.99 € at 19 %: net 699·100/119 = 587.39… → 5.87 €; the tip stays outside the split.
        vat: { exempt: false, rates: [{ ratePercent: 19, grossCents: 699, netCents: 587, vatCents: 112 }] }
      }
    })
  })

  it('rounds a percent tip half up to a whole cent, on the subtotal', () => {
    // 10 % of 6.95 = 0.695 → 0.70; 10 % of 6.94 = 0.694 → 0.69; 15 % of 3.30 = 0.495 → 0.50; 5 % of 0.09 = 0.0045 → 0
    expect(tipCentsFor(695, { kind: 'percent', percent: 10 })).toBe(70)
    expect(tipCentsFor(694, { kind: 'percent', percent: 10 })).toBe(69)
    expect(tipCentsFor(330, { kind: 'percent', percent: 15 })).toBe(50)
    expect(tipCentsFor(9, { kind: 'percent', percent: 5 })).toBe(0)
    expect(tipCentsFor(10, { kind: 'percent', percent: 5 })).toBe(1)
  })

  it('keeps the percent tip exact on the largest subtotal, where a float would drift', () => {
    // 999,999.99 € × 15 % = 149,999.9985 € → 150,000.00 €
    expect(tipCentsFor(99_999_999, { kind: 'percent', percent: 15 })).toBe(15_000_000)
    expect(tipCentsFor(99_999_999, { kind: 'percent', percent: 50 })).toBe(50_000_000)
  })

  it('rounds up to the next whole euro, and adds nothing to a whole euro amount', () => {
    expect(tipCentsFor(1230, { kind: 'round_up' })).toBe(70)
    expect(tipCentsFor(1299, { kind: 'round_up' })).toBe(1)
    expect(tipCentsFor(1201, { kind: 'round_up' })).toBe(99)
    expect(tipCentsFor(1200, { kind: 'round_up' })).toBe(0)
  })

  it('takes no tip as zero', () => {
    expect(quoteSale({ lines: [amount(1000)], tip: NONE }, MAX)).toMatchObject({
      ok: true,
      value: { tipCents: 0, totalCents: 1000 }
    })
  })

  it('refuses a sale without lines, and one with more lines than a sale may have', () => {
    expect(quoteSale({ lines: [], tip: NONE }, MAX)).toEqual({
      ok: false,
      error: { code: 'sale_invalid', problem: 'no_lines', limit: 1 }
    })
    const lines = Array.from({ length: SALE_LIMITS.lines.max + 1 }, () => amount(1))
    expect(quoteSale({ lines, tip: NONE }, MAX)).toEqual({
      ok: false,
      error: { code: 'sale_invalid', problem: 'too_many_lines', limit: SALE_LIMITS.lines.max }
    })
    expect(quoteSale({ lines: lines.slice(1), tip: NONE }, MAX).ok).toBe(true)
  })

  it('refuses a quantity below one or above the limit', () => {
    for (const quantity of [0, -1, SALE_LIMITS.quantity.max + 1]) {
      expect(quoteSale({ lines: [coffee(quantity)], tip: NONE }, MAX), String(quantity)).toEqual({
        ok: false,
        error: { code: 'sale_invalid', problem: 'quantity_out_of_range', limit: SALE_LIMITS.quantity.max }
      })
    }
    expect(quoteSale({ lines: [coffee(SALE_LIMITS.quantity.max)], tip: NONE }, MAX).ok).toBe(true)
  })

  it("refuses a total above the owner's maximum, the tip included", () => {
    expect(quoteSale({ lines: [amount(1000)], tip: NONE }, offer(1000)).ok).toBe(true)
    expect(quoteSale({ lines: [amount(999)], tip: { kind: 'round_up' } }, offer(1000)).ok).toBe(true)
    expect(quoteSale({ lines: [amount(1000)], tip: { kind: 'percent', percent: 10 } }, offer(1000))).toEqual({
      ok: false,
      error: { code: 'amount_above_maximum', maxAmountCents: 1000 }
    })
    expect(quoteSale({ lines: [coffee(3), coffee(2)], tip: NONE }, offer(1000))).toEqual({
      ok: false,
      error: { code: 'amount_above_maximum', maxAmountCents: 1000 }
    })
  })
})
