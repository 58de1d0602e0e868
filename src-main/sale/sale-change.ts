import type { SaleChange, SaleLine, TipChoice, TipSettings } from '../../src-preload/contract'
import { SETTINGS_LIMITS } from '../../src-preload/contract/settings-limits'
import { tipCentsFor } from '../../src-preload/contract/tip-rule'
import type { SaleRecord } from '../journal/sale-record'

/**
 * The tip of a sale journaled before the tip's choice was kept: the choice that gives its tip on its subtotal, the
 * owner's offers first (rounding up, then the presets), then any percent a tip may have; none when nothing gives it.
 */
function tipOfOlderSale(subtotalCents: number, tipCents: number, tips: TipSettings): TipChoice {
  if (tipCents === 0) return { kind: 'none' }
  const percents = [...tips.percentPresets]
  for (let percent = SETTINGS_LIMITS.tipPercent.min; percent <= SETTINGS_LIMITS.tipPercent.max; percent += 1) {
    if (!percents.includes(percent)) percents.push(percent)
  }
  const candidates: TipChoice[] = [
    ...(tips.roundUp ? [{ kind: 'round_up' } as const] : []),
    ...percents.map((percent) => ({ kind: 'percent', percent }) as const),
    { kind: 'round_up' }
  ]
  return candidates.find((tip) => tipCentsFor(subtotalCents, tip) === tipCents) ?? { kind: 'none' }
}

/**
 * The sale as the journal holds it, in the shape of the charge that made it: one typed amount, or its lines (a
 * product by id and quantity, a typed amount by its cents) and its tip choice, with the cashier's note. Nothing of it
 * comes from the renderer: "Change" puts back what main charged.
 */
export function chargeOfSale(sale: SaleRecord, tips: TipSettings): SaleChange['charge'] {
  if (sale.items.length === 0) {
    // A lone typed amount has one rate in its split: the one the cashier picked (or the default then).
    const [only] = sale.vat === null || sale.vat.exempt ? [] : sale.vat.rates
    const rate = only === undefined ? {} : { vatRate: only.ratePercent }
    return { amountCents: sale.amountCents, ...rate, note: sale.note }
  }
  const lines = sale.items.map((item): SaleLine =>
    item.productId === null
      ? {
          kind: 'amount',
          amountCents: item.unitCents,
          ...(item.vatRate === undefined ? {} : { vatRate: item.vatRate })
        }
      : { kind: 'product', productId: item.productId, quantity: item.quantity }
  )
  const subtotalCents = sale.items.reduce((sum, item) => sum + item.totalCents, 0)
  const tip = sale.tip ?? tipOfOlderSale(subtotalCents, sale.tipCents, tips)
  return { sale: { lines, tip }, note: sale.note }
}
