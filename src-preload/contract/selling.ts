import type { SaleVat } from './tax'

/**
 * A sale of several lines and a tip, as it crosses IPC. The renderer sends only what the cashier chose; main prices
 * every line from its own settings and computes every figure, in integer cents.
 */

/**
 * A line of a sale: an amount typed on the keypad, or one of the owner's products (by id) times a quantity. A product
 * line carries no name or price: main takes both from Settings at the moment it quotes or charges.
 */
export type SaleLine =
  /** `vatRate`: one of the shop's rates the cashier picked for this line; absent, the shop's default rate. */
  { kind: 'amount'; amountCents: number; vatRate?: number } | { kind: 'product'; productId: string; quantity: number }

/**
 * The tip the customer chose among those the owner offers: one of the percent presets (named by its percent), the
 * subtotal rounded up to the next whole euro, or none. Main refuses any other (`tip_not_offered`).
 */
export type TipChoice = { kind: 'none' } | { kind: 'percent'; percent: number } | { kind: 'round_up' }

/** What the cashier put together; main quotes and charges it. */
export interface SaleComposition {
  lines: SaleLine[]
  tip: TipChoice
}

/**
 * A line as main priced it: a product line with the name, unit price and VAT rate from Settings, each with its total.
 */
export type QuotedLine =
  | { kind: 'amount'; amountCents: number; totalCents: number; vatRate: number }
  | {
      kind: 'product'
      productId: string
      name: string
      unitCents: number
      quantity: number
      totalCents: number
      vatRate: number
    }

/** Main's figures for a composition: the renderer shows these and never sums money itself. */
export interface SaleQuote {
  lines: QuotedLine[]
  subtotalCents: number
  tipCents: number
  /** What the link asks the customer to pay: subtotal plus tip. */
  totalCents: number
  /** Gross, net and VAT per rate, as main will journal them with the sale. */
  vat: SaleVat
}

/** A sale's line as the journal keeps it: `productId` and `name` are null for an amount typed on the keypad. */
export interface SaleItem {
  productId: string | null
  name: string | null
  unitCents: number
  quantity: number
  totalCents: number
  /** The line's VAT rate in whole percent; absent in sales journaled before VAT was recorded. */
  vatRate?: number
}

/** Why main refused a composition; `limit` is the bound that was crossed. */
export type SaleProblem = 'no_lines' | 'too_many_lines' | 'quantity_out_of_range'
