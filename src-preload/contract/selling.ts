/** A sale of several lines and a tip, as it crosses IPC: main computes every figure, in integer cents. */

/** A line of a sale: an amount typed on the keypad, or a quick key's product times a quantity. */
export type SaleLine =
  | { kind: 'amount'; amountCents: number }
  | { kind: 'product'; productId: string; name: string; unitCents: number; quantity: number }

/** The tip the customer chose: a percent of the subtotal, the subtotal rounded up to the next whole euro, or cents. */
export type TipChoice =
  { kind: 'none' } | { kind: 'percent'; percent: number } | { kind: 'round_up' } | { kind: 'custom'; tipCents: number }

/** What the cashier put together; main quotes and charges it. */
export interface SaleComposition {
  lines: SaleLine[]
  tip: TipChoice
}

/** A line with the total main computed for it. */
export type QuotedLine = SaleLine & { totalCents: number }

/** Main's figures for a composition: the renderer shows these and never sums money itself. */
export interface SaleQuote {
  lines: QuotedLine[]
  subtotalCents: number
  tipCents: number
  /** What the link asks the customer to pay: subtotal plus tip. */
  totalCents: number
}

/** A sale's line as the journal keeps it: `productId` and `name` are null for an amount typed on the keypad. */
export interface SaleItem {
  productId: string | null
  name: string | null
  unitCents: number
  quantity: number
  totalCents: number
}

/** Why main refused a composition; `limit` is the bound that was crossed. */
export type SaleProblem = 'no_lines' | 'too_many_lines' | 'quantity_out_of_range'
