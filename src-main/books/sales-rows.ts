import type { SaleFailure, SalesRow } from '../../src-preload/contract'
import type { SaleRecord } from '../journal/sale-record'
import { refundCounts, saleStatus } from '../journal/sale-status'
import { shopTipCents, staffTipCents } from '../journal/sale-tip'
import { saleRefundVat } from './day-close-vat'
import { startedAt } from './history-sale'
import { localDay, localTime } from './local-day'

/** The failure's reason code, with SecPaid's own words where it gave some: data for the accountant, not a sentence. */
function failureText(failure: SaleFailure): string {
  const cause = failure.code === 'link_not_created' ? failure.cause : failure
  const secpaidMessage = 'secpaidMessage' in cause ? cause.secpaidMessage : null
  const code = cause === failure ? failure.code : `${failure.code}:${cause.code}`
  return secpaidMessage ? `${code} (${secpaidMessage})` : code
}

/** Sales as the accountant's rows: data only, amounts in cents; the renderer writes them for a spreadsheet. */
export function salesRows(sales: readonly SaleRecord[]): SalesRow[] {
  return sales.map((sale) => {
    const started = new Date(startedAt(sale))
    return {
      date: localDay(started),
      time: localTime(started),
      till: sale.sequence?.till ?? null,
      reference: sale.reference,
      note: sale.note,
      amountCents: sale.amountCents,
      tipCents: sale.tipCents > 0 ? sale.tipCents : null,
      staffTipCents: staffTipCents(sale) > 0 ? staffTipCents(sale) : null,
      shopTipCents: shopTipCents(sale) > 0 ? shopTipCents(sale) : null,
      status: saleStatus(sale),
      linkId: sale.linkId,
      refundCents: refundCounts(sale) ? (sale.refund?.amountCents ?? null) : null,
      vat: sale.vat,
      refundVat: saleRefundVat(sale),
      failure: sale.failure === null ? null : failureText(sale.failure)
    }
  })
}
