/** Sales and payment links as they cross IPC: amounts in integer cents, times as ISO strings. */
import type { SaleStatus } from './sale-status'
import type { SaleComposition } from './selling'

/** A payment link as main knows it, from its journal where this till made it and from SecPaid otherwise. */
export interface LinkView {
  linkId: number
  payLink: string
  /** SecPaid's own QR image, used only when the app cannot draw the code itself. */
  qrImg: string | null
  amountCents: number
  /** The sale's reference when this till made the link; null for a link made elsewhere. */
  reference: string | null
  /** What the cashier typed for the sale; for a link made elsewhere, SecPaid's whole recipient_note. */
  note: string
  /** When the sale was started (ISO), when known. */
  createdAt: string | null
  /** Where its sale stands; a link made elsewhere is `waiting`, `paid` (confirmed by SecPaid) or `cancelled`. */
  state: SaleStatus
  kind: 'Basic' | 'Split'
}

/**
 * One amount, or a composed sale (lines and a tip) whose amount main computes. The note is the cashier's, appended
 * to the sale's reference.
 */
/** A lone typed amount may name its VAT rate (`vatRate`, one of the shop's); absent, it takes the shop's default. */
export type ChargeRequest = (
  { amountCents: number; vatRate?: number; note?: string } | { sale: SaleComposition; note?: string }
) & {
  /**
   * The sale this charge changes (its reference): the sale whose link `changeSale` just cancelled. Main records it
   * with the new sale only for a sale it changed and that nothing replaces yet; otherwise the charge is a new sale.
   */
  replaces?: string
}

/**
 * What `changeSale` answers once the sale's link is cancelled at SecPaid: the sale as main journaled it, in the shape
 * of the charge that made it (one typed amount, or its lines and tip choice), with the cashier's note. The renderer
 * puts it back on the keypad and sends the next charge with `replaces: reference`.
 */
export interface SaleChange {
  reference: string
  charge: { amountCents: number; vatRate?: number; note: string } | { sale: SaleComposition; note: string }
}

export interface ListPendingRequest {
  /** Only the links whose note contains this (SecPaid's search); without it, every pending link. */
  search?: string
}

/** The links waiting for payment, newest first. */
export interface PendingListView {
  links: LinkView[]
  /** False only when more links wait than one answer from SecPaid may carry; the count is then a lower bound. */
  complete: boolean
}

/**
 * Today's sales that have a link, in integer cents: paid ones on the day they were paid, waiting and cancelled ones
 * on the day they started. Cancelled sales are counted apart, failed ones not at all, refunds apart.
 */
export interface TodaySummary {
  /** yyyyMMdd */
  day: string
  count: number
  totalCents: number
  paidCount: number
  paidCents: number
  pendingCount: number
  pendingCents: number
  cancelledCount: number
  /**
   * Refunds asked for today and not refused, each with its own amount: a refunded sale stays in `paid` for what it
   * was paid (SecPaid's record does the same and lists the refund apart).
   */
  refundCount: number
  refundCents: number
}

/** A sale of this till whose outcome main has just learned and recorded: `status` is what the journal now says. */
export interface SettledSale {
  reference: string
  linkId: number
  amountCents: number
  note: string
  status: SaleStatus
}

/** A sale whose outcome main does not know yet: the reference to settle it by, and what it was for. */
export interface OpenSale {
  reference: string
  amountCents: number
}

/** What "Check now" learned of a sale's link, and when SecPaid was asked. */
export interface LinkCheckAnswer {
  state: SaleStatus
  checkedAt: string
}
