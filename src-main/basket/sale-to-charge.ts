import type { ChargeRequest, SaleItem, SaleVat, TipChoice } from '../../src-preload/contract'
import { localDay } from '../../src-preload/contract/locale'
import { vatSplit } from '../../src-preload/contract/vat-rule'
import { fail, type Result, succeed } from '../result'
import { offeredRate, quoteSale, saleItemsOf, type SaleOffer } from './quote-sale'

/** What a charge records: the link's amount, and for a composed sale its lines and the tip within that amount. */
export interface SaleToCharge {
  amountCents: number
  note?: string
  items?: SaleItem[]
  tipCents?: number
  /** The tip as chosen, kept so "Change" can put it back. */
  tip?: TipChoice
  /** Gross, net and VAT per rate as main computed them (`saleToCharge` always does); never taken from the renderer. */
  vat?: SaleVat
  /** The sale this charge changes; recorded only for a sale `change` cancelled that nothing replaces yet. */
  replaces?: string
}

/**
 * What a charge request asks main to charge: one typed amount as it is, or a composed sale at the total main
 * computes for it from the settings as they are at Charge (no product sold out `today`), with its lines and tip.
 * Either way within the owner's maximum.
 */
export function saleToCharge(
  request: ChargeRequest,
  offer: SaleOffer,
  today: string = localDay(new Date())
): Result<SaleToCharge> {
  const note = request.note === undefined ? {} : { note: request.note }
  if (!('sale' in request)) {
    const { maxAmountCents } = offer
    if (request.amountCents > maxAmountCents) return fail({ code: 'amount_above_maximum', maxAmountCents })
    const rate = offeredRate(request.vatRate, offer.tax)
    if (!rate.ok) return rate
    const lines = [{ vatRate: rate.value, totalCents: request.amountCents }]
    const vat = vatSplit({ lines, tipCents: 0, tipIsRevenue: false, tax: offer.tax })
    return succeed({ amountCents: request.amountCents, ...note, vat })
  }
  const quote = quoteSale(request.sale, offer, today)
  if (!quote.ok) return quote
  const { totalCents, tipCents, vat } = quote.value
  return succeed({
    amountCents: totalCents,
    ...note,
    items: saleItemsOf(quote.value),
    tipCents,
    tip: request.sale.tip,
    vat
  })
}
