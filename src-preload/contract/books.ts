/** The books: sales history, refunds, the day close and its CSV. Amounts in integer cents, days as YYYY-MM-DD. */
import type { RefundFailure, SaleFailure, SecPaidFailure } from './errors'
import type { DayClosePayouts } from './payouts'
import type { SaleStatus, SaleStep } from './sale-status'
import type { LinkView } from './sales'
import type { CashierTotals, RowCashier } from './staff'
import type { SaleVat, VatRateTotal } from './tax'

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
  /** A refund asked for stands beside it (`refund`): the sale stays paid. */
  status: SaleStatus
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
  history: { step: SaleStep; at: string }[]
  failure: SaleFailure | null
  /** For a waiting sale with a link: what the QR screen shows again. */
  link: LinkView | null
  /** What may still be refunded (0 unless paid and no refund was taken). */
  refundableCents: number
  /** Lines the journal kept for this sale but ignored: they cannot have come after the ones before them (absent: none). */
  outOfOrder?: { step: SaleStep; at: string }[]
}

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

interface StatusTotal {
  count: number
  cents: number
}

/**
 * The day close's count per status. `paid`: paid within the range, by the moment of payment (a sale started before
 * midnight and paid after counts on the day it was paid), refunded or not; every other status: the sales started in
 * the range that stood so at its end (`waiting`: still open then).
 */
export type StatusTotals = Record<SaleStatus, StatusTotal>

/**
 * Refunds recorded in the range, each with its own amount (a partial refund leaves the sale paid for its whole
 * amount): `requested` while SecPaid's answer is unknown, `sent` once SecPaid took the request. Refused ones are left out.
 */
export interface RefundTotals {
  requested: StatusTotal
  sent: StatusTotal
}

export interface TillTotals {
  /** null for sales from journal lines that named no till. */
  till: string | null
  totals: StatusTotals
  refunds: RefundTotals
}

/** A sale started in the range that was still waiting for its payment when the range ended. */
export interface OpenAtClose {
  reference: string
  amountCents: number
  /** When it started (ISO). */
  at: string
  till: string | null
}

/** A journal line kept but ignored because it cannot have come after the lines before it (see the journal). */
export interface OutOfOrderLine {
  reference: string
  step: SaleStep
  at: string
}

/**
 * How reading SecPaid's pay-ins page by page went wrong for one of its dates: `pages_repeated`, a page brought only
 * rows already read (SecPaid ignored `page`): reading stopped there; `page_cap`, the most pages the app reads for one
 * date were read and the last was still full; `short_pages`, SecPaid sent fewer rows than `limit` asked for while more
 * followed (read on, but its record may be incomplete).
 */
export interface PayInPagingNote {
  /** SecPaid's (Berlin) date. */
  date: string
  kind: 'pages_repeated' | 'page_cap' | 'short_pages'
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
  | { kind: 'unknown_here'; linkId: number; amountCents: number; recipientNote: string | null }
  | { kind: 'missing_at_secpaid'; reference: string; linkId: number | null; amountCents: number }
  | { kind: 'amount_differs'; reference: string; linkId: number; hereCents: number; secpaidCents: number }
  /**
   * SecPaid has the payment in the range, this journal has the sale paid at another moment (`herePaidAt`, ISO) or not
   * paid at all (null): the two books put it on different days.
   */
  | {
      kind: 'paid_day_differs'
      reference: string
      linkId: number
      amountCents: number
      herePaidAt: string | null
      secpaidPaidAt: string | null
    }
  /**
   * SecPaid's time (Berlin wall time, `secpaidTime`) falls in the hour Berlin lives twice in October, nothing tells
   * which of the two it was, and the two readings (ISO, summer time first) lie on different days here. Counted by
   * the second (winter) reading.
   */
  | { kind: 'time_ambiguous'; linkId: number; amountCents: number; secpaidTime: string; readings: [string, string] }

/**
 * The tips of the sales paid in the range (by the moment of payment, as `totals.paid`), by whom they belong to as
 * journaled with each sale: `staff` is passed on to the staff (not the shop's revenue), `shop` is the shop's revenue.
 * `count` is the sales with such a tip. A refund leaves them as they are (it is its own line).
 */
export interface TipTotals {
  staff: StatusTotal
  shop: StatusTotal
}

/**
 * The range's VAT from the journal: each figure the sum of the sales' own journaled figures (never recomputed on the
 * day's total), by the same moments as the totals: paid sales on the day they were paid, refunds (requested or sent)
 * on the day they were asked for, each refund split over its sale's rates in proportion (README, "VAT").
 */
export interface DayCloseVat {
  /** Paid sales per rate, highest rate first. */
  sales: VatRateTotal[]
  /** Refunds per rate, highest rate first. */
  refunds: VatRateTotal[]
  /** Sold as Kleinunternehmer (no VAT): paid gross and refunded gross. */
  exemptCents: number
  exemptRefundCents: number
  /** Paid sales journaled before VAT was recorded: not in the rates above. */
  unrecorded: StatusTotal
}

export interface DayCloseReport extends DayClosePayouts {
  from: string
  to: string
  totals: StatusTotals
  refunds: RefundTotals
  /** VAT per rate of the range's paid sales and refunds; absent in reports of versions before VAT. */
  vat?: DayCloseVat
  /** One entry per till; more than one when several tills share the key. */
  tills: TillTotals[]
  /** Staff tips and shop tips apart (absent from reports made before tips had a kind). */
  tips?: TipTotals
  /** The sales counted as `waiting`, one by one, oldest first. */
  openAtClose: OpenAtClose[]
  /** Lines of the range's sales the journal kept but ignored as out of order, for the owner to look into. */
  outOfOrder: OutOfOrderLine[]
  /** Per cashier, once the shop has cashiers (or the range's lines name some); absent for the owner alone. */
  cashiers?: CashierTotals[]
  /** SecPaid's own record of the range; null when it could not be read (`secpaidFailure`). */
  secpaid: SecPaidDayRecord | null
  secpaidFailure: SecPaidFailure | null
  /** What went wrong reading SecPaid's pages; empty when nothing did. */
  secpaidPaging: PayInPagingNote[]
  differences: DayCloseDifference[]
  /**
   * The books' hash chain at closing time: its rows and the last row's hash (printed in short form); null when the
   * data folder holds no books database yet. The audit export's chain_heads.csv carries each day's head.
   */
  chainHead?: { rows: number; head: string } | null
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
  /** The tip's part passed on to the staff and the part that is the shop's revenue; null without such a part. */
  staffTipCents?: number | null
  shopTipCents?: number | null
  status: SaleStatus
  linkId: number | null
  refundCents: number | null
  /** The sale's VAT as journaled (null: none recorded); absent from versions before VAT. */
  vat?: SaleVat | null
  /** The refund's share per rate, split in proportion like the day close's; null without a refund or a split. */
  refundVat?: SaleVat | null
  /** Why a failed sale failed: its reason code, with SecPaid's own words where it gave some (data, not a sentence). */
  failure: string | null
  /** Who charged it, once the shop has cashiers (or the range's lines name some); absent for the owner alone. */
  cashier?: RowCashier
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
