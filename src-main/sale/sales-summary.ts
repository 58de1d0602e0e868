import type { TodaySummary } from '../../src-preload/contract'
import type { SaleRecord } from '../journal/sale-record'
import { paidAt, refundCounts, saleStatus } from '../journal/sale-status'
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
    if (sale.refund !== undefined && refundCounts(sale) && dayOfTime(sale.refund.at) === day) {
      summary.refundCount += 1
      summary.refundCents += sale.refund.amountCents
    }
    const status = saleStatus(sale)
    // Only sales that got a link: a failed one, or one whose link is still being made, never charged anything.
    if (status === 'failed' || (status === 'waiting' && sale.linkId === null)) continue
    if (status === 'paid') {
      if (dayOfTime(paidAt(sale)) !== day) continue
      summary.paidCount += 1
      summary.paidCents += sale.amountCents
    } else if (dayOfTime(sale.history[0]?.at) !== day) continue
    else if (status === 'waiting') {
      summary.pendingCount += 1
      summary.pendingCents += sale.amountCents
    } else {
      // A link that ended unpaid (cancelled or deleted) is counted apart.
      summary.cancelledCount += 1
      continue
    }
    summary.count += 1
    summary.totalCents += sale.amountCents
  }
  return summary
}
