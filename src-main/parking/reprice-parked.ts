import type { MissingLine, ResumedSale, SaleLine } from '../../src-preload/contract'
import { tipOffered } from '../../src-preload/contract/tip-rule'
import type { SaleOffer } from '../basket/quote-sale'
import type { StoredParkedCharge } from './parked-sale-record'

/**
 * A parked sale as it can be sold now: product lines name only the product, so the next quote and charge price them
 * from the catalogue as it is; a product no longer offered is left out and named, a tip no longer offered is dropped
 * and said. A typed amount comes back as typed.
 */
export function repriceParked(charge: StoredParkedCharge, offer: SaleOffer): Omit<ResumedSale, 'replaces'> {
  if (!('sale' in charge)) return { charge, missing: [], tipDropped: false }
  const lines: SaleLine[] = []
  const missing: MissingLine[] = []
  for (const line of charge.sale.lines) {
    if (line.kind === 'amount') {
      lines.push(line)
      continue
    }
    const product = offer.products.find((candidate) => candidate.id === line.productId)
    if (product === undefined) missing.push({ productId: line.productId, name: line.name, quantity: line.quantity })
    else lines.push({ kind: 'product', productId: line.productId, quantity: line.quantity })
  }
  const tipDropped = !tipOffered(charge.sale.tip, offer.tips)
  const tip = tipDropped ? ({ kind: 'none' } as const) : charge.sale.tip
  return { charge: { sale: { lines, tip }, note: charge.note }, missing, tipDropped }
}
