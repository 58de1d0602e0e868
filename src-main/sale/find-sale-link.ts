import type { PaidLink, PendingLink, SecPaidClient, SecPaidError } from '../secpaid/types'
import { linkBelongsToSale, type SaleIdentity } from './sale-link-match'

type SaleLinkLookup =
  | { found: 'pending'; link: PendingLink; duplicates: PendingLink[] }
  | { found: 'paid'; link: PaidLink }
  | { found: 'none' }
  | { found: 'unknown'; error: SecPaidError }

/**
 * Looks a sale's link up by its unique reference (SecPaid's search matches recipient_note), pending links first,
 * then paid ones; only links with the exact reference and amount count. `none` is only answered when both lists were
 * read and neither holds such a link.
 */
export async function findSaleLink(client: SecPaidClient, sale: SaleIdentity): Promise<SaleLinkLookup> {
  const pending = await client.getMyUnusedLinks({ search: sale.reference, limit: 20 })
  if (!pending.ok) return { found: 'unknown', error: pending.error }
  const matches = pending.value.filter((link) => linkBelongsToSale(link, sale)).sort((a, b) => a.id - b.id)
  const [first, ...duplicates] = matches
  if (first !== undefined) return { found: 'pending', link: first, duplicates }

  const paid = await client.getMyUsedLinks({ search: sale.reference, limit: 20 })
  if (!paid.ok) return { found: 'unknown', error: paid.error }
  const paidLink = paid.value.find((link) => linkBelongsToSale(link, sale))
  return paidLink !== undefined ? { found: 'paid', link: paidLink } : { found: 'none' }
}
