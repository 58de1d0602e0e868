import type { SecPaidFailure } from '../../src-preload/contract'
import { toSecPaidFailure } from '../secpaid/secpaid-failure'
import type { PayInTransaction, SecPaidClient } from '../secpaid/types'
import { happenedWithin, localSpanOf, secPaidDatesOf } from './secpaid-dates'

/** getPayInTransactions' largest page. */
export const PAY_IN_PAGE_LIMIT = 1000

export type DayPayIns = { ok: true; transactions: PayInTransaction[] } | { ok: false; failure: SecPaidFailure }

/** Every pay-in SecPaid records for each of its (Berlin) dates, page after page until a page comes back short. */
export async function fetchPayIns(
  client: SecPaidClient,
  days: readonly string[],
  pageLimit = PAY_IN_PAGE_LIMIT
): Promise<DayPayIns> {
  const transactions: PayInTransaction[] = []
  for (const date of days) {
    for (let page = 1; ; page += 1) {
      const answer = await client.getPayInTransactions({ date, page, limit: pageLimit })
      if (!answer.ok) return { ok: false, failure: toSecPaidFailure(answer.error) }
      transactions.push(...answer.value)
      if (answer.value.length < pageLimit) break
    }
  }
  return { ok: true, transactions }
}

/** Every pay-in made within the shop's local days `from` to `to`: SecPaid's dates that overlap them, trimmed. */
export async function fetchLocalDaysPayIns(
  client: SecPaidClient,
  from: string,
  to: string,
  pageLimit = PAY_IN_PAGE_LIMIT
): Promise<DayPayIns> {
  const span = localSpanOf(from, to)
  const transactions: PayInTransaction[] = []
  for (const date of secPaidDatesOf(span)) {
    const filed = await fetchPayIns(client, [date], pageLimit)
    if (!filed.ok) return filed
    transactions.push(...filed.transactions.filter((transaction) => happenedWithin(transaction, date, span)))
  }
  return { ok: true, transactions }
}
