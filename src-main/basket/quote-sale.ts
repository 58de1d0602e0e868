import type {
  EditableSettings,
  QuotedLine,
  SaleComposition,
  SaleItem,
  SaleLine,
  SaleQuote
} from '../../src-preload/contract'
import { localDay } from '../../src-preload/contract/locale'
import { tipCentsFor, tipOffered } from '../../src-preload/contract/tip-rule'
import { vatSplit } from '../../src-preload/contract/vat-rule'
import { fail, type Result, succeed } from '../result'
import { SALE_LIMITS } from './sale-limits'

/** What a quote is priced against: the owner's settings at the moment of the quote or the charge. */
export type SaleOffer = Pick<EditableSettings, 'maxAmountCents' | 'products' | 'tips' | 'tax' | 'tipKind'>

/**
 * A line's VAT rate: the one named (by the cashier for a typed amount, by the owner for a product) or the shop's
 * default, refused when the shop does not offer it (any more).
 */
export function offeredRate(named: number | undefined, tax: SaleOffer['tax']): Result<number> {
  const rate = named ?? tax.defaultRate
  return tax.rates.includes(rate) ? succeed(rate) : fail({ code: 'vat_rate_not_offered', ratePercent: rate })
}

/**
 * Each line priced from the owner's products at its VAT rate, or why a line cannot be: a product the owner does not
 * offer, one marked sold out on `today` (the local day), a rate the shop does not offer.
 */
function priceLines(lines: readonly SaleLine[], offer: SaleOffer, today: string): Result<QuotedLine[]> {
  // One look-up per line, not a scan of a catalogue of hundreds.
  const byId = new Map(offer.products.map((product) => [product.id, product]))
  const priced: QuotedLine[] = []
  for (const line of lines) {
    if (line.kind === 'amount') {
      const rate = offeredRate(line.vatRate, offer.tax)
      if (!rate.ok) return rate
      priced.push({ kind: 'amount', amountCents: line.amountCents, totalCents: line.amountCents, vatRate: rate.value })
      continue
    }
    const product = byId.get(line.productId)
    if (product === undefined) return fail({ code: 'unknown_product', productId: line.productId })
    if (product.soldOutOn === today) return fail({ code: 'product_sold_out', productId: product.id })
    const rate = offeredRate(product.vatRate, offer.tax)
    if (!rate.ok) return rate
    priced.push({
      kind: 'product',
      productId: product.id,
      name: product.name,
      unitCents: product.priceCents,
      quantity: line.quantity,
      totalCents: product.priceCents * line.quantity,
      vatRate: rate.value
    })
  }
  return succeed(priced)
}

/**
 * Main's figures for a composed sale, priced from the owner's settings, or why it cannot be charged: no line, more
 * than the lines a sale may have, a quantity out of range, a product or a tip the owner does not offer, a product
 * sold out `today` (the local day, YYYY-MM-DD), or a total (tip included) above the owner's maximum. The renderer's
 * idea of a price never enters: a product line names only the product.
 */
export function quoteSale(
  composition: SaleComposition,
  offer: SaleOffer,
  today: string = localDay(new Date())
): Result<SaleQuote> {
  const { lines, tip } = composition
  const { maxAmountCents } = offer
  if (lines.length < SALE_LIMITS.lines.min) {
    return fail({ code: 'sale_invalid', problem: 'no_lines', limit: SALE_LIMITS.lines.min })
  }
  if (lines.length > SALE_LIMITS.lines.max) {
    return fail({ code: 'sale_invalid', problem: 'too_many_lines', limit: SALE_LIMITS.lines.max })
  }
  const outOfRange = lines.some(
    (line) =>
      line.kind === 'product' && (line.quantity < SALE_LIMITS.quantity.min || line.quantity > SALE_LIMITS.quantity.max)
  )
  if (outOfRange)
    return fail({ code: 'sale_invalid', problem: 'quantity_out_of_range', limit: SALE_LIMITS.quantity.max })
  const priced = priceLines(lines, offer, today)
  if (!priced.ok) return priced
  if (!tipOffered(tip, offer.tips)) return fail({ code: 'tip_not_offered' })

  const subtotalCents = priced.value.reduce((sum, line) => sum + line.totalCents, 0)
  // Checked before the tip is computed, so a percent never multiplies a subtotal that could leave the safe range.
  if (subtotalCents > maxAmountCents) return fail({ code: 'amount_above_maximum', maxAmountCents })
  const tipCents = tipCentsFor(subtotalCents, tip)
  const totalCents = subtotalCents + tipCents
  if (totalCents > maxAmountCents) return fail({ code: 'amount_above_maximum', maxAmountCents })
  // A tip for the shop is its revenue, taxed at the default rate; a tip for the staff is passed on, outside the split.
  const vat = vatSplit({ lines: priced.value, tipCents, tipIsRevenue: offer.tipKind === 'shop', tax: offer.tax })
  return succeed({ lines: priced.value, subtotalCents, tipCents, totalCents, vat })
}

/** The lines as the journal keeps them with the sale. */
export const saleItemsOf = (quote: SaleQuote): SaleItem[] =>
  quote.lines.map((line) =>
    line.kind === 'amount'
      ? {
          productId: null,
          name: null,
          unitCents: line.amountCents,
          quantity: 1,
          totalCents: line.totalCents,
          vatRate: line.vatRate
        }
      : {
          productId: line.productId,
          name: line.name,
          unitCents: line.unitCents,
          quantity: line.quantity,
          totalCents: line.totalCents,
          vatRate: line.vatRate
        }
  )
