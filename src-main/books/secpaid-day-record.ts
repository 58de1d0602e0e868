import type { PayInPagingNote, SecPaidFailure } from '../../src-preload/contract'
import { toSecPaidFailure } from '../secpaid/secpaid-failure'
import type { PayInTransaction, SecPaidClient } from '../secpaid/types'
import { isWithin, localSpanOf, payInTime, secPaidDatesOf } from './secpaid-dates'
import { readEveryPage } from './secpaid-pages'

/** getPayInTransactions' largest page. */
const PAY_IN_PAGE_LIMIT = 1000
/** The most pages read for one date: 20 000 payments a day at the largest page, far beyond a counter's day. */
export const MAX_PAY_IN_PAGES = 20

/** A pay-in whose Berlin time reads two ways that lie on different days here (see `payInTime`). */
interface AmbiguousPayIn {
  transaction: PayInTransaction
  readings: [number, number]
}

export type DayPayIns =
  | { ok: true; transactions: PayInTransaction[]; paging: PayInPagingNote[]; ambiguous: AmbiguousPayIn[] }
  | { ok: false; failure: SecPaidFailure }

const isRefundEntry = (transaction: PayInTransaction) =>
  transaction.isRefund || transaction.transactionType === 'Refund'

/** A payment and its refund share the link's id: each is one entry. */
const entryKey = (transaction: PayInTransaction) =>
  `${transaction.payId} ${isRefundEntry(transaction) ? 'refund' : 'pay'}`

/**
 * Every pay-in SecPaid records for each of its (Berlin) dates, every page with `readEveryPage`'s guards, each entry
 * once; `paging` says, per date, where reading did not come to the plain end.
 */
export async function fetchPayIns(
  client: SecPaidClient,
  days: readonly string[],
  pageLimit = PAY_IN_PAGE_LIMIT,
  maxPages = MAX_PAY_IN_PAGES
): Promise<DayPayIns> {
  const transactions: PayInTransaction[] = []
  const paging: PayInPagingNote[] = []
  for (const date of days) {
    const read = await readEveryPage({
      fetchPage: (page) => client.getPayInTransactions({ date, page, limit: pageLimit }),
      keyOf: entryKey,
      pageLimit,
      maxPages,
      // Pending on one page, paid by the next: the later word counts.
      replaces: (earlier, later) => later.status === 'Success' && earlier.status !== 'Success'
    })
    if (!read.ok) return { ok: false, failure: toSecPaidFailure(read.error) }
    transactions.push(...read.rows)
    paging.push(...read.notes.map((kind) => ({ date, kind })))
  }
  return { ok: true, transactions, paging, ambiguous: [] }
}

/**
 * Every pay-in made within the shop's local days `from` to `to`: SecPaid's dates that overlap them, trimmed. `hintOf`
 * answers when this journal recorded a pay-in's payment, to read Berlin's doubled October hour the way it went.
 */
export async function fetchLocalDaysPayIns(
  client: SecPaidClient,
  from: string,
  to: string,
  options: { pageLimit?: number; hintOf?: (transaction: PayInTransaction) => number | undefined } = {}
): Promise<DayPayIns> {
  const span = localSpanOf(from, to)
  const transactions: PayInTransaction[] = []
  const paging: PayInPagingNote[] = []
  const ambiguous: AmbiguousPayIn[] = []
  /** A SecPaid that ignores `date` too answers each date with the same entries: each counts once. */
  const kept = new Set<string>()
  for (const date of secPaidDatesOf(span)) {
    const filed = await fetchPayIns(client, [date], options.pageLimit)
    if (!filed.ok) return filed
    paging.push(...filed.paging)
    for (const transaction of filed.transactions) {
      if (kept.has(entryKey(transaction))) continue
      const time = payInTime(transaction, date, options.hintOf?.(transaction))
      if (isWithin(time.atMs, span)) {
        kept.add(entryKey(transaction))
        transactions.push(transaction)
      }
      const readings = time.ambiguous
      // Only where the reading decides whether it is in the range: otherwise both agree on it.
      if (readings !== null && isWithin(readings[0], span) !== isWithin(readings[1], span)) {
        ambiguous.push({ transaction, readings })
      }
    }
  }
  return { ok: true, transactions, paging, ambiguous }
}
