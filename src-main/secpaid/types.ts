/** Typed shapes of SecPaid's v2 API as the rest of the app sees them: money in integer cents, quirks resolved. */
import type { BadAnswer, UnreachableReason } from '../../src-preload/contract'

export type Cents = number

export interface SplitRecipient {
  token: string
  share: number
}

export interface CreateLinkInput {
  amountCents: Cents
  recipientNote?: string
  /** A full URL or an index ("0", "1", …) into the account's saved callback URLs. */
  callbackUrl?: string
  /** Webhook URL(s): a URL, an index, or a comma-separated mix. */
  paymentEndpoint?: string
  cancellable?: boolean
  bankTransfer?: boolean
  isEncryption?: boolean
  encryptionKey?: string
  bankStatementDescription?: string
  isQrLink?: boolean
}

export interface CreatedLink {
  id: number
  payLink: string
  qrImg: string | null
  amountCents: Cents
  status: string
  transactionType: string
  /** SecPaid's `is_cancellation: "No"` means the customer CAN cancel (inverted flag). */
  customerCanCancel: boolean
  recipientNote: string | null
  callbackUrl: string | null
  paymentEndpoint: string | null
  serviceFeePercent: string | null
  bankTransfer: boolean
  isSplitLink: boolean
  splitType: string | null
  bankStatementDescription: string | null
  isQrLink: boolean
  recipients: SplitRecipient[] | null
  /** The account's user, a UUID string. */
  userId: string | null
  createdAt: string | null
}

export interface PendingLink {
  id: number
  amountCents: Cents
  recipientNote: string | null
  isCancelled: boolean
  recipients: SplitRecipient[] | null
  isSplitLink: boolean
  payLink: string
  qrImg: string | null
  transactionType: string
}

export interface PaidLink {
  id: number
  amountCents: Cents
  recipientNote: string | null
  isCancelled: boolean
  recipients: SplitRecipient[] | null
  isSplitLink: boolean
  paidOn: string | null
  transactionType: string
}

export interface PayInTransaction {
  payId: number
  amountCents: Cents
  netAmountCents: Cents | null
  serviceFeeCents: Cents | null
  /** The payment provider's part of the fee (`service_fee_psp`). */
  serviceFeePspCents: Cents | null
  /** An approved refund: a negative entry, `is_refund` "true". */
  isRefund: boolean
  /** "Success" once paid, "Pending" before; null when SecPaid sent none. */
  status: string | null
  /** Where the payment stands on its way to the bank as SecPaid words it ("Pending", a payout's status); null: none sent. */
  payoutStatus: string | null
  recipientNote: string | null
  createdAt: string | null
  paymentMethod: string | null
  transactionType: string | null
}

/** A payout's status: SecPaid documents "InProgress" and "Approved"; anything else is kept as unknown. */
export type PayoutStatus = 'in_progress' | 'approved' | 'unknown'

/** One of SecPaid's payouts to the shop's bank (getPayOutTransactions): one day's successful payments. */
export interface PayOutTransaction {
  /** `payout_id`, or else `transaction_id`: what tells two payouts apart. */
  key: string
  payoutId: string | null
  /** e.g. 20260512-po-tYlGbn74wT */
  transactionId: string | null
  /** `payout_amount`: the day's payments. */
  amountCents: Cents
  serviceFeeCents: Cents | null
  /** What reaches the bank: `net_amount`, else the amount less the fee. */
  netAmountCents: Cents
  status: PayoutStatus
  /** SecPaid's own word for the status, also when it is unknown. */
  statusText: string | null
  /** `request_date` (YYYY-MM-DD, Berlin): the day whose payments it gathers; null when SecPaid sent no such date. */
  requestDate: string | null
  createdAt: string | null
  isRefund: boolean
  isDispute: boolean
  isSplitLink: boolean
  transactionType: string | null
}

export interface ListQuery {
  limit?: number
  search?: string
}

export interface PayInQuery {
  page?: number
  limit?: number
  search?: string
  date?: string
  since?: number
  payId?: number
}

export interface PayOutQuery {
  page?: number
  /** SecPaid's default is 10, at most 1000. */
  limit?: number
  /** Matches `transaction_id`. */
  search?: string
  /** YYYY-MM-DD */
  startDate?: string
  endDate?: string
}

export interface RefundInput {
  /** The paid link's id. */
  payId: number
  amountCents: Cents
  isFullRefund: boolean
}

export type SecPaidErrorKind =
  /** No key is set: nothing was sent. */
  | 'no_key'
  /** The amount is not a whole number of cents: nothing was sent. */
  | 'invalid_amount'
  | 'api'
  | 'auth'
  | 'rate_limited'
  | 'server'
  | 'bad_response'
  | 'network'
  | 'timeout'

export interface SecPaidError {
  kind: SecPaidErrorKind
  /** For logs and developers; never shown to a person (the renderer words failures from the fields below). */
  message: string
  /** SecPaid's own ResponseMsg, when it sent one. */
  secpaidMessage?: string
  /** `network`: how far the request got. */
  unreachable?: UnreachableReason
  /** `bad_response`: what was wrong with the answer. */
  badAnswer?: BadAnswer
  /** `timeout`: the limit that ran out. */
  timeoutSeconds?: number
  httpStatus?: number
  /** Only for `rate_limited`, when the server sent a Retry-After header. */
  retryAfterSeconds?: number
  /**
   * True when the request may have reached SecPaid and been acted on even though no answer was read
   * (timeout, connection dropped after sending). A create must then be looked up, never blindly retried.
   */
  outcomeUnknown: boolean
}

export type SecPaidResult<T> = { ok: true; value: T } | { ok: false; error: SecPaidError }

export interface SecPaidClient {
  createLink(input: CreateLinkInput): Promise<SecPaidResult<CreatedLink>>
  getMyUnusedLinks(query?: ListQuery): Promise<SecPaidResult<PendingLink[]>>
  getMyUsedLinks(query?: ListQuery): Promise<SecPaidResult<PaidLink[]>>
  deleteLink(linkId: number): Promise<SecPaidResult<{ message: string }>>
  getPayInTransactions(query?: PayInQuery): Promise<SecPaidResult<PayInTransaction[]>>
  /** The payouts to the shop's bank, newest first, one page. */
  getPayOutTransactions(query?: PayOutQuery): Promise<SecPaidResult<PayOutTransaction[]>>
  /** Files a refund request (one per link); success carries only SecPaid's message. */
  refundPayment(input: RefundInput): Promise<SecPaidResult<{ message: string }>>
}
