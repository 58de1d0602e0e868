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
import { fail, type Result, succeed } from '../result'
import { SALE_LIMITS } from './sale-limits'

/** What a quote is priced against: the owner's settings at the moment of the quote or the charge. */
export type SaleOffer = Pick<EditableSettings, 'maxAmountCents' | 'products' | 'tips'>

type Refusal = { code: 'unknown_product'; productId: string } | { code: 'product_sold_out'; productId: string }

/**
 * Each line priced from the owner's products, or why the first product line cannot be sold: a product the owner does
 * not offer, or one marked sold out on `today` (the local day).
 */
function priceLines(
  lines: readonly SaleLine[],
  products: SaleOffer['products'],
  today: string
): { ok: true; lines: QuotedLine[] } | { ok: false; refusal: Refusal } {
  // One look-up per line, not a scan of a catalogue of hundreds.
  const byId = new Map(products.map((product) => [product.id, product]))
  const priced: QuotedLine[] = []
  for (const line of lines) {
    if (line.kind === 'amount') {
      priced.push({ ...line, totalCents: line.amountCents })
      continue
    }
    const product = byId.get(line.productId)
    if (product === undefined) return { ok: false, refusal: { code: 'unknown_product', productId: line.productId } }
    if (product.soldOutOn === today) {
      return { ok: false, refusal: { code: 'product_sold_out', productId: product.id } }
    }
    priced.push({
      kind: 'product',
      productId: product.id,
      name: product.name,
      unitCents: product.priceCents,
      quantity: line.quantity,
      totalCents: product.priceCents * line.quantity
    })
  }
  return { ok: true, lines: priced }
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
  const priced = priceLines(lines, offer.products, today)
  if (!priced.ok) return fail(priced.refusal)
  if (!tipOffered(tip, offer.tips)) return fail({ code: 'tip_not_offered' })

  const subtotalCents = priced.lines.reduce((sum, line) => sum + line.totalCents, 0)
  // Checked before the tip is computed, so a percent never multiplies a subtotal that could leave the safe range.
  if (subtotalCents > maxAmountCents) return fail({ code: 'amount_above_maximum', maxAmountCents })
  const tipCents = tipCentsFor(subtotalCents, tip)
  const totalCents = subtotalCents + tipCents
  if (totalCents > maxAmountCents) return fail({ code: 'amount_above_maximum', maxAmountCents })
  return succeed({ lines: priced.lines, subtotalCents, tipCents, totalCents })
}

/** The lines as the journal keeps them with the sale. */
export const saleItemsOf = (quote: SaleQuote): SaleItem[] =>
  quote.lines.map((line) =>
    line.kind === 'amount'
      ? { productId: null, name: null, unitCents: line.amountCents, quantity: 1, totalCents: line.totalCents }
      : {
          productId: line.productId,
          name: line.name,
          unitCents: line.unitCents,
          quantity: line.quantity,
          totalCents: line.totalCents
        }
  )
