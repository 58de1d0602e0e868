import type { CashierTotals, RowCashier } from '../../src-preload/contract'
import { OWNER_ID } from '../../src-preload/contract/staff'
import type { SaleRecord } from '../journal/sale-record'
import { paidAtMs } from './pay-in-sale'
import { isWithin, type LocalSpan } from './secpaid-dates'

/** Who charged the sale: lines from before cashiers, or of a shop without them, are the owner's. */
export const cashierOf = (sale: SaleRecord): string => sale.cashier ?? OWNER_ID

/** Whether any of these sales names a cashier other than the implicit owner. */
export const namesCashiers = (sales: readonly SaleRecord[]): boolean =>
  sales.some((sale) => sale.cashier !== undefined || sale.refundCashier !== undefined)

/** The CSV's cashier of a sale, with the name the owner gave (null for the owner and removed cashiers). */
export const rowCashier = (sale: SaleRecord, names: Readonly<Record<string, string>>): RowCashier => {
  const id = cashierOf(sale)
  return { id, name: names[id] ?? null }
}

/**
 * The day close per cashier: each sale paid in the span counts for who charged it (its gross and its tip), each
 * refund asked for in the span (not refused) for who asked for it. The owner first, then by name.
 */
export function cashierTotals(
  sales: readonly SaleRecord[],
  span: LocalSpan,
  names: Readonly<Record<string, string>>
): CashierTotals[] {
  const byCashier = new Map<string, CashierTotals>()
  const of = (cashier: string) => {
    const known = byCashier.get(cashier)
    if (known !== undefined) return known
    const fresh = {
      cashier,
      name: names[cashier] ?? null,
      count: 0,
      grossCents: 0,
      tipCents: 0,
      refundCount: 0,
      refundCents: 0
    }
    byCashier.set(cashier, fresh)
    return fresh
  }
  for (const sale of sales) {
    const paid = paidAtMs(sale)
    if (paid !== undefined && isWithin(paid, span)) {
      const totals = of(cashierOf(sale))
      totals.count += 1
      totals.grossCents += sale.amountCents
      totals.tipCents += sale.tipCents
    }
    const refund = sale.refund
    if (refund !== undefined && refund.state !== 'refused' && isWithin(Date.parse(refund.at), span)) {
      const totals = of(sale.refundCashier ?? OWNER_ID)
      totals.refundCount += 1
      totals.refundCents += refund.amountCents
    }
  }
  const rank = (totals: CashierTotals) => (totals.cashier === OWNER_ID ? '' : `1${totals.name ?? totals.cashier}`)
  return [...byCashier.values()].sort((a, b) => rank(a).localeCompare(rank(b)))
}
