import type { ReceiptData, ReceiptSettings, SaleItem, ShopDetails, TaxSettings } from '../../src-preload/contract'
import type { SaleRecord } from '../journal/sale-record'
import { saleStatus } from '../journal/sale-status'
import { saleTipKind } from '../journal/sale-tip'
import { fail, type Result, succeed } from '../result'

/**
 * A paid sale's receipt: the shop and tax number from Settings, the sale's lines, tip, amount and VAT split from the
 * journal (the split as it was charged, never recomputed from today's rates). A sale of one
 * typed amount (and every sale from before lines) gets one line without a name for the amount less the tip.
 */
export function receiptFor(
  reference: string,
  sale: SaleRecord | undefined,
  settings: { shop: ShopDetails; receipt: ReceiptSettings; tax: Pick<TaxSettings, 'taxNumber'> }
): Result<ReceiptData> {
  if (sale === undefined) return fail({ code: 'no_such_sale', reference })
  const paid = sale.history.findLast((change) => change.status === 'paid')
  if (saleStatus(sale) !== 'paid' || paid === undefined || sale.linkId === null) {
    return fail({ code: 'sale_not_paid', reference })
  }
  const subtotalCents = sale.amountCents - sale.tipCents
  const items: SaleItem[] =
    sale.items.length > 0
      ? sale.items
      : [{ productId: null, name: null, unitCents: subtotalCents, quantity: 1, totalCents: subtotalCents }]
  return succeed({
    reference,
    linkId: sale.linkId,
    createdAt: sale.history[0]?.at ?? paid.at,
    paidAt: paid.at,
    shop: settings.shop,
    paper: settings.receipt.paper,
    items,
    subtotalCents,
    tipCents: sale.tipCents,
    tipKind: saleTipKind(sale),
    totalCents: sale.amountCents,
    note: sale.note,
    refund:
      sale.refund === undefined || sale.refund.state === 'refused'
        ? null
        : {
            amountCents: sale.refund.amountCents,
            full: sale.refund.full,
            at: sale.refund.at,
            state: sale.refund.state
          },
    vat: sale.vat,
    taxNumber: settings.tax.taxNumber
  })
}
