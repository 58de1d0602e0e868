import type { PayoutPagingNote, SecPaidFailure } from '../../src-preload/contract'
import { toSecPaidFailure } from '../secpaid/secpaid-failure'
import type { PayOutTransaction, SecPaidClient } from '../secpaid/types'
import { readEveryPage } from './secpaid-pages'

/** getPayOutTransactions' largest page (its default is 10). */
export const PAYOUT_PAGE_LIMIT = 1000
/** The most pages read for one range: a payout a day, so one page covers years. */
export const MAX_PAYOUT_PAGES = 20

export type RangePayouts =
  { ok: true; payouts: PayOutTransaction[]; paging: PayoutPagingNote[] } | { ok: false; failure: SecPaidFailure }

/**
 * SecPaid's payouts for the payments of its (Berlin) dates `startDate` to `endDate`, every page with the same guards
 * as the pay-ins (each payout once, stop on an empty or short page, on a page of nothing new, after `maxPages`).
 * A SecPaid that ignores the dates is held to them here; one without a readable date stays in, as SecPaid chose it.
 */
export async function fetchPayouts(
  client: SecPaidClient,
  startDate: string,
  endDate: string,
  pageLimit = PAYOUT_PAGE_LIMIT,
  maxPages = MAX_PAYOUT_PAGES
): Promise<RangePayouts> {
  const read = await readEveryPage({
    fetchPage: (page) => client.getPayOutTransactions({ startDate, endDate, page, limit: pageLimit }),
    keyOf: (payout) => payout.key,
    pageLimit,
    maxPages,
    // A payout seen InProgress and then Approved while the pages were read: the later word counts.
    replaces: (earlier, later) => earlier.status !== 'approved' && later.status === 'approved'
  })
  if (!read.ok) return { ok: false, failure: toSecPaidFailure(read.error) }
  const inRange = (payout: PayOutTransaction) =>
    payout.requestDate === null || (payout.requestDate >= startDate && payout.requestDate <= endDate)
  return { ok: true, payouts: read.rows.filter(inRange), paging: read.notes }
}
