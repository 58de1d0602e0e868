import type { ChargeRequest, IpcResult } from '../../src-preload/contract'
import { fail, succeed } from '../ipc/ipc-result'
import type { SaleToCharge } from '../sale/sale-service'
import { quoteSale, saleItemsOf } from './quote-sale'

/**
 * What a charge request asks main to charge: one typed amount as it is, or a composed sale at the total main
 * computes for it, with its lines and tip. Either way within the owner's maximum.
 */
export function saleToCharge(request: ChargeRequest, maxAmountCents: number): IpcResult<SaleToCharge> {
  const note = request.note === undefined ? {} : { note: request.note }
  if (!('sale' in request)) {
    if (request.amountCents > maxAmountCents) return fail({ code: 'amount_above_maximum', maxAmountCents })
    return succeed({ amountCents: request.amountCents, ...note })
  }
  const quote = quoteSale(request.sale, maxAmountCents)
  if (!quote.ok) return quote
  const { totalCents, tipCents } = quote.value
  return succeed({ amountCents: totalCents, ...note, items: saleItemsOf(quote.value), tipCents })
}
