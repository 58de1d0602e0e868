import type { PaidLink, PendingLink, SecPaidClient, SecPaidError } from '../secpaid/types'

export type SaleLinkLookup =
  | { found: 'pending'; link: PendingLink; duplicates: PendingLink[] }
  | { found: 'paid'; link: PaidLink }
  | { found: 'none' }
  | { found: 'unknown'; error: SecPaidError }

/** A recipient_note belongs to a sale when it is the reference, or the reference followed by the cashier's note. */
export const noteBelongsTo = (recipientNote: string | null, reference: string): boolean =>
  recipientNote === reference || (recipientNote ?? '').startsWith(`${reference} `)

/**
 * Looks a sale's link up by its unique reference (SecPaid's search matches recipient_note), pending links first,
 * then paid ones. `none` is only answered when both lists were read and neither holds the reference.
 */
export async function findSaleLink(client: SecPaidClient, reference: string): Promise<SaleLinkLookup> {
  const pending = await client.getMyUnusedLinks({ search: reference, limit: 20 })
  if (!pending.ok) return { found: 'unknown', error: pending.error }
  const matches = pending.value
    .filter((link) => noteBelongsTo(link.recipientNote, reference))
    .sort((a, b) => a.id - b.id)
  const [first, ...duplicates] = matches
  if (first !== undefined) return { found: 'pending', link: first, duplicates }

  const paid = await client.getMyUsedLinks({ search: reference, limit: 20 })
  if (!paid.ok) return { found: 'unknown', error: paid.error }
  const paidLink = paid.value.find((link) => noteBelongsTo(link.recipientNote, reference))
  return paidLink !== undefined ? { found: 'paid', link: paidLink } : { found: 'none' }
}
