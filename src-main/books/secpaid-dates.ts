import type { PayInTransaction } from '../secpaid/types'
import { berlinDate, berlinInstant } from '../secpaid/berlin-time'
import { dayAfter, daysFromTo, localDayStartMs } from './local-day'

/** The moments local days `from` to `to` cover: from the first's midnight up to (not including) the next after. */
export interface LocalSpan {
  startMs: number
  endMs: number
}

export const localSpanOf = (from: string, to: string): LocalSpan => ({
  startMs: localDayStartMs(from),
  endMs: localDayStartMs(dayAfter(to))
})

/**
 * The dates SecPaid files a span's pay-ins under. SecPaid's dates are Berlin's: a shop in another zone sees its
 * day overlap two of them, so a day costs two date queries (a range one more than its days).
 */
export const secPaidDatesOf = (span: LocalSpan): string[] =>
  daysFromTo(berlinDate(new Date(span.startMs)), berlinDate(new Date(span.endMs - 1)))

/**
 * Whether a pay-in filed under SecPaid's `filedUnder` date happened within the span, by its Berlin timestamp. One
 * without a readable timestamp counts at noon of its date, so each such pay-in still lands in exactly one local day.
 */
export function happenedWithin(transaction: PayInTransaction, filedUnder: string, span: LocalSpan): boolean {
  const at =
    (transaction.createdAt === null ? null : berlinInstant(transaction.createdAt)) ??
    berlinInstant(`${filedUnder} 12:00:00`)
  return at !== null && at >= span.startMs && at < span.endMs
}
