import type { IpcResult, QuotedLine, SaleComposition, SaleItem, SaleQuote, TipChoice } from '../../src-preload/contract'
import { fail, succeed } from '../ipc/ipc-result'
import { SALE_LIMITS } from './sale-limits'

/** Integer division rounding half up, for non-negative integers: exact, no float in between. */
const divideHalfUp = (dividend: number, divisor: number): number => {
  const shifted = dividend + Math.floor(divisor / 2)
  return (shifted - (shifted % divisor)) / divisor
}

/** The tip on a subtotal: a percent rounded half up to a whole cent, or up to the next whole euro (0 when whole). */
export function tipCentsFor(subtotalCents: number, tip: TipChoice): number {
  switch (tip.kind) {
    case 'none':
      return 0
    case 'percent':
      return divideHalfUp(subtotalCents * tip.percent, 100)
    case 'round_up':
      return (100 - (subtotalCents % 100)) % 100
    case 'custom':
      return tip.tipCents
  }
}

const lineTotal = (line: SaleComposition['lines'][number]): number =>
  line.kind === 'amount' ? line.amountCents : line.unitCents * line.quantity

/**
 * Main's figures for a composed sale, or why it cannot be charged: no line, more than the lines a sale may have, a
 * quantity out of range, or a total (tip included) above the owner's maximum.
 */
export function quoteSale(composition: SaleComposition, maxAmountCents: number): IpcResult<SaleQuote> {
  const { lines, tip } = composition
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

  const quoted: QuotedLine[] = lines.map((line) => ({ ...line, totalCents: lineTotal(line) }))
  const subtotalCents = quoted.reduce((sum, line) => sum + line.totalCents, 0)
  // Checked before the tip is computed, so a percent never multiplies a subtotal that could leave the safe range.
  if (subtotalCents > maxAmountCents) return fail({ code: 'amount_above_maximum', maxAmountCents })
  const tipCents = tipCentsFor(subtotalCents, tip)
  const totalCents = subtotalCents + tipCents
  if (totalCents > maxAmountCents) return fail({ code: 'amount_above_maximum', maxAmountCents })
  return succeed({ lines: quoted, subtotalCents, tipCents, totalCents })
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
