import type {
  OpenAtClose,
  OutOfOrderLine,
  RefundTotals,
  SaleStatus,
  StatusTotals,
  TillTotals,
  TipTotals
} from '../../src-preload/contract'
import { saleStatuses } from '../../src-preload/contract/sale-status'
import type { SaleRecord } from '../journal/sale-record'
import { saleStatusAt } from '../journal/sale-status'
import { saleTipKind } from '../journal/sale-tip'
import { startedAt } from './history-sale'
import { paidAtMs } from './pay-in-sale'
import { isWithin, type LocalSpan } from './secpaid-dates'

const emptyTotals = (): StatusTotals =>
  Object.fromEntries(saleStatuses.map((status) => [status, { count: 0, cents: 0 }])) as StatusTotals

const emptyRefunds = (): RefundTotals => ({ requested: { count: 0, cents: 0 }, sent: { count: 0, cents: 0 } })

/** What this journal says about a range: its own side of the day close. */
interface JournalDayClose {
  totals: StatusTotals
  refunds: RefundTotals
  tills: TillTotals[]
  openAtClose: OpenAtClose[]
  outOfOrder: OutOfOrderLine[]
  tips: TipTotals
}

/**
 * Counts and sums of the range by the moment each thing happened: a payment on the day it was paid (a sale started
 * at 23:59 and paid at 00:00 is the next day's, as at SecPaid), a refund on the day it was asked for, with its own
 * amount beside the sale's (which stays paid), and each sale started in the range as it stood when the range ended:
 * still open ones are listed one by one.
 */
export function journalDayClose(
  sales: readonly SaleRecord[],
  started: readonly SaleRecord[],
  span: LocalSpan
): JournalDayClose {
  const totals = emptyTotals()
  const refunds = emptyRefunds()
  const byTill = new Map<string | null, TillTotals>()
  const tillOf = (sale: SaleRecord) => {
    const till = sale.sequence?.till ?? null
    const known = byTill.get(till)
    if (known !== undefined) return known
    const fresh: TillTotals = { till, totals: emptyTotals(), refunds: emptyRefunds() }
    byTill.set(till, fresh)
    return fresh
  }
  const add = (sale: SaleRecord, status: SaleStatus) => {
    for (const bucket of [totals[status], tillOf(sale).totals[status]]) {
      bucket.count += 1
      bucket.cents += sale.amountCents
    }
  }
  const outOfOrder: OutOfOrderLine[] = []
  const tips: TipTotals = { staff: { count: 0, cents: 0 }, shop: { count: 0, cents: 0 } }

  for (const sale of sales) {
    const paid = paidAtMs(sale)
    if (paid !== undefined && isWithin(paid, span)) {
      add(sale, 'paid')
      if (sale.tipCents > 0) {
        const bucket = tips[saleTipKind(sale)]
        bucket.count += 1
        bucket.cents += sale.tipCents
      }
    }
    const refund = sale.refund
    if (refund !== undefined && refund.state !== 'refused' && isWithin(Date.parse(refund.at), span)) {
      for (const bucket of [refunds[refund.state], tillOf(sale).refunds[refund.state]]) {
        bucket.count += 1
        bucket.cents += refund.amountCents
      }
    }
    for (const line of sale.outOfOrder ?? []) {
      if (isWithin(Date.parse(line.at), span)) outOfOrder.push({ reference: sale.reference, ...line })
    }
  }

  const openAtClose: OpenAtClose[] = []
  for (const sale of started) {
    const status = saleStatusAt(sale, span.endMs)
    // A payment counts by its own moment, above; a sale paid after the range ended stood waiting at its end.
    if (status === 'waiting') {
      add(sale, 'waiting')
      openAtClose.push({
        reference: sale.reference,
        amountCents: sale.amountCents,
        at: startedAt(sale),
        till: sale.sequence?.till ?? null
      })
    } else if (status !== null && status !== 'paid') add(sale, status)
  }

  const tills = [...byTill.values()].sort((a, b) => (a.till ?? '').localeCompare(b.till ?? ''))
  return { totals, refunds, tills, openAtClose, outOfOrder, tips }
}
