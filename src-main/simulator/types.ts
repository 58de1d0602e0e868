export interface SimulatedLink {
  id: number
  apiKey: string
  /** The account's user: a UUID, as SecPaid's user_id. */
  userId: string
  amountCents: number
  recipientNote: string | null
  callbackUrl: string | null
  paymentEndpoint: string | null
  cancellable: boolean
  bankTransfer: boolean
  isEncryption: boolean
  encryptionKey: string | null
  bankStatementDescription: string | null
  isQrLink: boolean
  status: 'Unused' | 'Used'
  createdAt: Date
  paidOn: Date | null
  /** The link's one refund request (refundPayment), once asked for. */
  refund: SimulatedRefund | null
  /** A customer's dispute blocks refunds. */
  disputed: boolean
  /** An invoice-type link, which cannot be refunded. */
  invoice: boolean
}

interface SimulatedRefund {
  amountCents: number
  full: boolean
  requestedAt: Date
  /** Pending until approved (a test hook plays SecPaid's staff); an approved one shows in the pay-ins. */
  approvedAt: Date | null
}

/** One nightly payout to the account's bank: all of one (Berlin) day's successful payments. */
export interface SimulatedPayout {
  payoutId: number
  apiKey: string
  userId: string
  /** e.g. 20260512-po-tYlGbn74wT */
  transactionId: string
  /** The Berlin date whose payments it gathers (SecPaid's `request_date`). */
  day: string
  /** The paid links it gathered. */
  linkIds: number[]
  grossCents: number
  feeCents: number
  netCents: number
  status: 'InProgress' | 'Approved'
  createdAt: Date
}

/** What the counter's backend needs of the SecPaid that Demo mode talks to. */
export interface DemoSecPaid {
  /** e.g. http://127.0.0.1:PORT/api/v2/ */
  baseUrl: string
  /** Marks an unused link paid (as a customer would); false when no unused link has that id. */
  markPaid(linkId: number, when?: Date): boolean
  close(): Promise<void>
}

/**
 * A local SecPaid: its endpoints and accounts over real HTTP, and nothing real SecPaid lacks. Its few methods are
 * reachable only from this process; it has no HTTP route besides SecPaid's own.
 */
export interface Simulator extends DemoSecPaid {
  port: number
  /** Approves the link's pending refund, as SecPaid would days later; false when it has none pending. */
  approveRefund(linkId: number, when?: Date): boolean
  /** Marks a link disputed (refunds blocked) or invoice-type (not refundable); false for an unknown link. */
  setLinkFlags(linkId: number, flags: { disputed?: boolean; invoice?: boolean }): boolean
  /**
   * Runs the nightly payout of `day` (a Berlin date, YYYY-MM-DD): one InProgress payout per account gathering that
   * day's successful payments not paid out yet. Returns the payouts made (none when there was nothing to pay out).
   */
  runPayouts(day: string, when?: Date): SimulatedPayout[]
  /** Turns an InProgress payout Approved, as SecPaid does once the money is sent; false when there is none such. */
  approvePayout(payoutId: number): boolean
  /** A copy of every payout. */
  payouts(): SimulatedPayout[]
  setRateLimit(enabled: boolean, perMinute?: number): void
  /** A copy of every link, paid or not. */
  links(): SimulatedLink[]
  /** Back to a fresh start: no links (ids start again at 99290) nor payouts, rate limit as configured. */
  reset(): void
}
