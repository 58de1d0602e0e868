import type { CustomerCart } from '../../src-preload/contract/customer-view'
import type { SaleQuote } from '../../src-preload/contract/selling'

/**
 * The running sale as the customer sees it, built from main's own quote of what the cashier chose: every figure is
 * one main computed, none comes from the renderer. An amount typed on the keypad has no name.
 */
export function customerCartOf(quote: SaleQuote): CustomerCart {
  return {
    lines: quote.lines.map((line) =>
      line.kind === 'amount'
        ? { name: null, quantity: 1, unitCents: line.amountCents, totalCents: line.totalCents }
        : { name: line.name, quantity: line.quantity, unitCents: line.unitCents, totalCents: line.totalCents }
    ),
    subtotalCents: quote.subtotalCents,
    tipCents: quote.tipCents,
    totalCents: quote.totalCents
  }
}
