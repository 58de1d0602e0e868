import type { HistorySale } from '../../src-preload/contract'
import type { SaleRecord } from '../journal/sale-record'
import { saleStatus } from '../journal/sale-status'
import { localDay } from './local-day'

export const startedAt = (sale: SaleRecord): string => sale.history[0]?.at ?? new Date(0).toISOString()

export function historySale(sale: SaleRecord): HistorySale {
  const at = startedAt(sale)
  return {
    reference: sale.reference,
    day: localDay(new Date(at)),
    at,
    amountCents: sale.amountCents,
    note: sale.note,
    status: saleStatus(sale),
    linkId: sale.linkId,
    till: sale.sequence?.till ?? null,
    refund: sale.refund ?? null
  }
}
