/** The money's way from the counter to the bank: SecPaid's payouts beside the day close. Integer cents. */
import type { SecPaidFailure } from './errors'

/** A payout's status: SecPaid documents `InProgress` and `Approved`; any other word is `unknown` (see `statusText`). */
export type PayoutState = 'in_progress' | 'approved' | 'unknown'

/** One of SecPaid's nightly payouts to the shop's bank, gathering one day's successful payments. */
export interface PayoutLine {
  /** SecPaid's payout_id, or its transaction_id when it sent no payout_id. */
  id: string
  /** e.g. 20260512-po-tYlGbn74wT */
  transactionId: string | null
  /** SecPaid's (Berlin) date whose payments it gathers; null when SecPaid sent none readable. */
  day: string | null
  /** The day's payments (payout_amount). */
  amountCents: number
  feeCents: number | null
  /** What reaches the bank (net_amount). */
  netCents: number
  status: PayoutState
  /** SecPaid's own word for the status, shown when it is not one the app knows. */
  statusText: string | null
}

/** One day, from the counter to the bank. */
export interface MoneyWayDay {
  day: string
  /** Sales this journal recorded paid that day. */
  soldCents: number
  /** What customers paid that day by SecPaid's record (gross of its payments). */
  paidCents: number
  /** SecPaid's fees on those payments. */
  feeCents: number
  /** The net of the day's Approved payouts: on its way to or in the bank. */
  paidOutCents: number
  /** The net of the day's payments no Approved payout covers yet. */
  onItsWayCents: number
  /** Of `onItsWayCents`: in a payout SecPaid has begun (InProgress). */
  inProgressCents: number
}

/**
 * How reading SecPaid's payouts page by page went wrong: as `PayInPagingNote`'s kinds (a page of nothing new, the
 * most pages read, pages shorter than asked while more followed).
 */
export type PayoutPagingNote = 'pages_repeated' | 'page_cap' | 'short_pages'

export interface MoneyWay {
  /** Each day of the range, oldest first. */
  days: MoneyWayDay[]
  /** The range's payouts, oldest day first. */
  payouts: PayoutLine[]
  paging: PayoutPagingNote[]
}

/** What the day close adds: the money's way per day, or why SecPaid's payouts could not be read. */
export interface DayClosePayouts {
  /** null when SecPaid's pay-ins or payouts could not be read. */
  moneyWay: MoneyWay | null
  /** Why the payouts could not be read (a pay-ins failure is `secpaidFailure`). */
  payoutFailure: SecPaidFailure | null
}
