import type { DayCloseVat, SaleVat, VatRateTotal } from '../../src-preload/contract'
import { refundVat } from '../../src-preload/contract/vat-rule'
import type { SaleRecord } from '../journal/sale-record'
import { refundCounts } from '../journal/sale-status'
import { paidAtMs } from './pay-in-sale'
import { isWithin, type LocalSpan } from './secpaid-dates'

/** Rate totals added up by rate, highest rate first. */
function addRates(into: Map<number, VatRateTotal>, vat: SaleVat): void {
  if (vat.exempt) return
  for (const rate of vat.rates) {
    const sum = into.get(rate.ratePercent) ?? { ratePercent: rate.ratePercent, grossCents: 0, netCents: 0, vatCents: 0 }
    into.set(rate.ratePercent, {
      ratePercent: rate.ratePercent,
      grossCents: sum.grossCents + rate.grossCents,
      netCents: sum.netCents + rate.netCents,
      vatCents: sum.vatCents + rate.vatCents
    })
  }
}

const byRate = (totals: Map<number, VatRateTotal>) => [...totals.values()].sort((a, b) => b.ratePercent - a.ratePercent)

/** A sale's refund split over its rates (see `refundVat`); null without a refund that counts or without a split. */
export const saleRefundVat = (sale: SaleRecord): SaleVat | null =>
  refundCounts(sale) && sale.refund !== undefined
    ? refundVat(sale.vat, sale.amountCents, sale.refund.amountCents)
    : null

/** The range's VAT per rate: paid sales by the moment they were paid, refunds by the moment they were asked for. */
export function dayCloseVat(sales: readonly SaleRecord[], span: LocalSpan): DayCloseVat {
  const sold = new Map<number, VatRateTotal>()
  const refunded = new Map<number, VatRateTotal>()
  const report: DayCloseVat = {
    sales: [],
    refunds: [],
    exemptCents: 0,
    exemptRefundCents: 0,
    unrecorded: { count: 0, cents: 0 }
  }
  for (const sale of sales) {
    const paid = paidAtMs(sale)
    if (paid !== undefined && isWithin(paid, span)) {
      if (sale.vat === null) {
        report.unrecorded.count += 1
        report.unrecorded.cents += sale.amountCents
      } else if (sale.vat.exempt) report.exemptCents += sale.vat.grossCents
      else addRates(sold, sale.vat)
    }
    const refund = saleRefundVat(sale)
    if (refund !== null && sale.refund !== undefined && isWithin(Date.parse(sale.refund.at), span)) {
      if (refund.exempt) report.exemptRefundCents += refund.grossCents
      else addRates(refunded, refund)
    }
  }
  return { ...report, sales: byRate(sold), refunds: byRate(refunded) }
}
