import { berlinDate, berlinInstant, berlinInstants } from '../secpaid/berlin-time'
import type { PayInTransaction } from '../secpaid/types'
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

/** When a pay-in happened: one reading, or the two of Berlin's doubled October hour when nothing chose between them. */
interface PayInTime {
  atMs: number
  /** Both readings (summer time's first) when `atMs` is only the winter one by default. */
  ambiguous: [number, number] | null
}

/**
 * When a pay-in filed under SecPaid's `filedUnder` date happened, by its Berlin timestamp. In the hour Berlin lives
 * twice, the reading nearest `hintMs` (when this journal recorded the payment) is taken; without one it is the winter
 * reading, said to be ambiguous. One without a readable timestamp counts at noon of its date, so each such pay-in
 * still lands in exactly one local day.
 */
export function payInTime(transaction: PayInTransaction, filedUnder: string, hintMs?: number): PayInTime {
  const readings = transaction.createdAt === null ? [] : berlinInstants(transaction.createdAt)
  const [summer, winter] = readings
  if (summer !== undefined && winter !== undefined) {
    if (hintMs !== undefined) {
      return { atMs: Math.abs(summer - hintMs) < Math.abs(winter - hintMs) ? summer : winter, ambiguous: null }
    }
    return { atMs: winter, ambiguous: [summer, winter] }
  }
  const at =
    summer ??
    (transaction.createdAt === null ? null : berlinInstant(transaction.createdAt)) ??
    berlinInstant(`${filedUnder} 12:00:00`) ??
    0
  return { atMs: at, ambiguous: null }
}

/** Whether a moment (ms) lies within the span. */
export const isWithin = (ms: number, span: LocalSpan): boolean => ms >= span.startMs && ms < span.endMs

/** Whether a pay-in filed under SecPaid's `filedUnder` date happened within the span (see `payInTime`). */
export const happenedWithin = (transaction: PayInTransaction, filedUnder: string, span: LocalSpan): boolean =>
  isWithin(payInTime(transaction, filedUnder).atMs, span)
