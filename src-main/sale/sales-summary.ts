import type { TodaySummary } from '../../src-preload/contract'
import type { SaleRecord } from './sale-record'
import { saleDay } from './sale-reference'

const dayOf = (sale: SaleRecord): string | null => {
  const started = sale.history[0]?.at
  return started === undefined ? null : saleDay(new Date(started))
}

/** Today's sales that have a link (failed ones never charged anything), summed in integer cents. */
export function summarizeDay(sales: readonly SaleRecord[], day: string): TodaySummary {
  const summary: TodaySummary = {
    day,
    count: 0,
    totalCents: 0,
    paidCount: 0,
    paidCents: 0,
    pendingCount: 0,
    pendingCents: 0,
    cancelledCount: 0
  }
  for (const sale of sales) {
    if (dayOf(sale) !== day || sale.status === 'failed' || sale.status === 'creating') continue
    if (sale.status === 'cancelled') {
      summary.cancelledCount += 1
      continue
    }
    summary.count += 1
    summary.totalCents += sale.amountCents
    if (sale.status === 'paid') {
      summary.paidCount += 1
      summary.paidCents += sale.amountCents
    } else {
      summary.pendingCount += 1
      summary.pendingCents += sale.amountCents
    }
  }
  return summary
}
