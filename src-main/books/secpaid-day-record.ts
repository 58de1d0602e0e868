import type { PayInPagingNote, SecPaidFailure } from '../../src-preload/contract'
import { toSecPaidFailure } from '../secpaid/secpaid-failure'
import type { PayInTransaction, SecPaidClient } from '../secpaid/types'
import { isWithin, localSpanOf, payInTime, secPaidDatesOf } from './secpaid-dates'

/** getPayInTransactions' largest page. */
const PAY_IN_PAGE_LIMIT = 1000
/** The most pages read for one date: 20 000 payments a day at the largest page, far beyond a counter's day. */
const MAX_PAY_IN_PAGES = 20
/**
 * A short page this long or longer may be SecPaid keeping its own page size rather than the end: the next page is
 * asked once to tell. Shorter ones end the date (SecPaid's smallest documented page is 10 rows).
 */
const SHORT_PAGE_PROBE_ROWS = 10

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
 * Every pay-in SecPaid records for each of its (Berlin) dates, page after page, each entry once: a payment arriving
 * between two pages pushes the list down and repeats a row, which counts once. Reading a date stops on an empty
 * page, on a short one (after asking once more when it may be SecPaid's own page size), on a page of nothing new (a
 * SecPaid that ignores `page`) and after `maxPages`; `paging` says which of these were not the plain end.
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
    const seen = new Map<string, number>()
    /** A short page's length, once one came that may be SecPaid's own page size rather than the end. */
    let shortPage: number | null = null
    let saidShort = false
    for (let page = 1; ; page += 1) {
      if (page > maxPages) {
        paging.push({ date, kind: 'page_cap' })
        break
      }
      const answer = await client.getPayInTransactions({ date, page, limit: pageLimit })
      if (!answer.ok) return { ok: false, failure: toSecPaidFailure(answer.error) }
      let fresh = 0
      for (const transaction of answer.value) {
        const key = entryKey(transaction)
        const earlier = seen.get(key)
        if (earlier === undefined) {
          seen.set(key, transactions.push(transaction) - 1)
          fresh += 1
        } else if (transaction.status === 'Success' && transactions[earlier]?.status !== 'Success') {
          // Pending on one page, paid by the next: the later word counts.
          transactions[earlier] = transaction
        }
      }
      const rows = answer.value.length
      if (rows === 0) break
      if (fresh === 0) {
        paging.push({ date, kind: 'pages_repeated' })
        break
      }
      // The page after a short one brought more: SecPaid keeps a smaller page than `limit` asked for.
      if (shortPage !== null && !saidShort) {
        saidShort = true
        paging.push({ date, kind: 'short_pages' })
      }
      if (rows >= (shortPage ?? pageLimit)) continue
      if (shortPage === null && rows >= SHORT_PAGE_PROBE_ROWS) {
        shortPage = rows
        continue
      }
      break
    }
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
