import type { HistorySale, HistoryStatus } from '../../src-preload/contract'
import type { SaleRecord } from '../sale/sale-record'
import { localDay } from './local-day'

/** Where the sale stands for the cashier: a refund asked for (or whose answer is unknown) shows over "paid". */
export function historyStatusOf(sale: SaleRecord): HistoryStatus {
  if (sale.refund !== undefined && sale.refund.state !== 'refused') return 'refund_requested'
  switch (sale.status) {
    case 'creating':
    case 'created':
      return 'waiting'
    default:
      return sale.status
  }
}

export const startedAt = (sale: SaleRecord): string => sale.history[0]?.at ?? new Date(0).toISOString()

export function historySale(sale: SaleRecord): HistorySale {
  const at = startedAt(sale)
  return {
    reference: sale.reference,
    day: localDay(new Date(at)),
    at,
    amountCents: sale.amountCents,
    note: sale.note,
    status: historyStatusOf(sale),
    linkId: sale.linkId,
    till: sale.sequence?.till ?? null,
    refund: sale.refund ?? null
  }
}
