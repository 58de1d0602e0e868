import type { TodaySummary } from '../../src-preload/contract'
import type { SaleRecord } from './sale-record'
import { saleDay } from './sale-reference'

const dayOfTime = (at: string | undefined): string | null => (at === undefined ? null : saleDay(new Date(at)))

/**
 * Today's sales that have a link (failed ones never charged anything), summed in integer cents. A payment counts on
 * the day it was paid (a sale started at 23:59 and paid after midnight is the new day's, as at SecPaid); a sale still
 * waiting or cancelled on the day it started. A refund counts on the day it was asked for, with its own amount, and
 * the sale stays paid for its own.
 */
export function summarizeDay(sales: readonly SaleRecord[], day: string): TodaySummary {
  const summary: TodaySummary = {
    day,
    count: 0,
    totalCents: 0,
    paidCount: 0,
    paidCents: 0,
    pendingCount: 0,
    pendingCents: 0,
    cancelledCount: 0,
    refundCount: 0,
    refundCents: 0
  }
  for (const sale of sales) {
    if (sale.refund !== undefined && sale.refund.state !== 'refused' && dayOfTime(sale.refund.at) === day) {
      summary.refundCount += 1
      summary.refundCents += sale.refund.amountCents
    }
    if (sale.status === 'failed' || sale.status === 'creating') continue
    if (sale.status === 'paid') {
      if (dayOfTime(sale.history.find((change) => change.status === 'paid')?.at) !== day) continue
      summary.paidCount += 1
      summary.paidCents += sale.amountCents
    } else if (dayOfTime(sale.history[0]?.at) !== day) continue
    else if (sale.status === 'cancelled') {
      summary.cancelledCount += 1
      continue
    } else {
      summary.pendingCount += 1
      summary.pendingCents += sale.amountCents
    }
    summary.count += 1
    summary.totalCents += sale.amountCents
  }
  return summary
}
