/** The books: sales history, refunds, the day close and its CSV. Amounts in integer cents, days as YYYY-MM-DD. */
import type { RefundFailure, SaleFailure, SecPaidFailure } from './errors'
import type { LinkView } from './sales'

/** Where a sale stands for the cashier; `waiting` includes a sale whose link is still being made. */
export type HistoryStatus = 'waiting' | 'paid' | 'cancelled' | 'failed' | 'refund_requested'

/** A refund's journal lines: intent recorded before sending, then SecPaid's answer (none while it is unknown). */
export type RefundStep = 'refund_requested' | 'refund_sent' | 'refund_refused'

export interface SaleRefund {
  amountCents: number
  full: boolean
  /** When the request was recorded (ISO). */
  at: string
  /** `requested`: sent, answer unknown (a retry asks again and learns it); `sent`: SecPaid took it; `refused`: it did not. */
  state: 'requested' | 'sent' | 'refused'
  /** Why SecPaid refused it, when it did. */
  refusal: RefundFailure | null
}

export interface HistorySale {
  reference: string
  /** Local calendar day the sale started (YYYY-MM-DD). */
  day: string
  /** When the sale started (ISO). */
  at: string
  amountCents: number
  note: string
  status: HistoryStatus
  linkId: number | null
  /** The till that made it, when its journal line named one. */
  till: string | null
  refund: SaleRefund | null
}

export interface HistoryRequest {
  /** One day (YYYY-MM-DD); or `from`/`to` (inclusive); neither: every day. */
  day?: string
  from?: string
  to?: string
  /** Matches reference, note or amount ("12.34", "12,34"). */
  search?: string
  /** From the previous page's `nextCursor`. */
  cursor?: string
  /** Default 50, at most 200. */
  limit?: number
}

export interface HistoryPage {
  /** Newest first. */
  sales: HistorySale[]
  /** Pass as `cursor` for the next (older) page; null at the end. */
  nextCursor: string | null
}

export interface SaleDetail {
  sale: HistorySale
  /** Each journal line of the sale with its time, oldest first. */
  history: { step: HistoryStep; at: string }[]
  failure: SaleFailure | null
  /** For a waiting sale with a link: what the QR screen shows again. */
  link: LinkView | null
  /** What may still be refunded (0 unless paid and no refund was taken). */
  refundableCents: number
}

export type HistoryStep = 'creating' | 'created' | 'paid' | 'cancelled' | 'failed' | RefundStep

export interface RefundRequest {
  reference: string
  amountCents: number
  /** Needed with every refund when a PIN is set, also while Settings are unlocked. */
  pin?: string
}

export interface DayCloseRequest {
  from: string
  to: string
}

export interface StatusTotal {
  count: number
  cents: number
}

export type StatusTotals = Record<HistoryStatus, StatusTotal>

export interface TillTotals {
  /** null for sales from journal lines that named no till. */
  till: string | null
  totals: StatusTotals
}

export interface SecPaidDayRecord {
  /** Payments (Success) and their sums as SecPaid reports them; refunds apart. */
  count: number
  grossCents: number
  feeCents: number
  netCents: number
  refundCount: number
  refundCents: number
}

export type DayCloseDifference =
  | { kind: 'unknown_here'; linkId: number; amountCents: number; recipientNote: string | null; paidAt: string | null }
  | { kind: 'missing_at_secpaid'; reference: string; linkId: number | null; amountCents: number }
  | { kind: 'amount_differs'; reference: string; linkId: number; hereCents: number; secpaidCents: number }

export interface DayCloseReport {
  from: string
  to: string
  totals: StatusTotals
  /** One entry per till; more than one when several tills share the key. */
  tills: TillTotals[]
  /** SecPaid's own record of the range; null when it could not be read (`secpaidFailure`). */
  secpaid: SecPaidDayRecord | null
  secpaidFailure: SecPaidFailure | null
  differences: DayCloseDifference[]
}

/** One CSV row per sale: data only, the renderer formats it for the language's spreadsheet. */
export interface SalesRow {
  date: string
  /** HH:mm:ss local time. */
  time: string
  till: string | null
  reference: string
  note: string
  amountCents: number
  tipCents: number | null
  status: HistoryStatus
  linkId: number | null
  refundCents: number | null
}

export interface SaveFileRequest {
  fileName: string
  kind: 'csv'
  content: string
}

/** `saved: false` when the owner closed the save dialog. */
export interface SaveFileResult {
  saved: boolean
}
