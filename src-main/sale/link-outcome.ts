import type { SaleStatus } from '../../src-preload/contract'
import type { PaidLink, PayInTransaction, SecPaidClient, SecPaidError } from '../secpaid/types'
import { MAX_LIMIT } from './pending-list'
import { linkBelongsToSale, type SaleIdentity } from './sale-link-match'

/**
 * What SecPaid's word makes of a link: still `waiting`, `paid`, or `cancelled` (neither: deleted or cancelled). The
 * journal records it in these words, and the renderer is told them.
 */
export type LinkOutcome = Extract<SaleStatus, 'waiting' | 'paid' | 'cancelled'>

/** An outcome that settles the sale. */
export type SettledOutcome = Exclude<LinkOutcome, 'waiting'>

/** A link that left the pending list, and what is known of the sale it belongs to when this till made it. */
export interface MissingLink {
  linkId: number
  sale: SaleIdentity | undefined
}

/**
 * Paid is said only on SecPaid's word for this exact link. For a sale of this till that is its exact reference and
 * amount: a link id means nothing outside its account and environment (Demo's ids are real SecPaid's too), so an id
 * alone never books a sale paid. Only a link no sale of this till made is known by its id alone.
 */
export const paidLinkIsFor = (paid: PaidLink, link: MissingLink): boolean =>
  link.sale !== undefined ? linkBelongsToSale(paid, link.sale) : paid.id === link.linkId

/** A pay-in confirms the payment of the link with its id and, for a sale of this till, its reference and amount. */
const payInIsFor = (transaction: PayInTransaction, link: MissingLink): boolean =>
  transaction.payId === link.linkId &&
  !transaction.isRefund &&
  (link.sale === undefined || linkBelongsToSale(transaction, link.sale))

/**
 * Finds out why a link is no longer in the pending list before anyone says Paid: getMyUsedLinks (searched by the
 * sale's reference) or getPayInTransactions (by pay_id, which is the link id) must confirm a payment; otherwise the
 * link was deleted or cancelled. When the pending list was not complete, a search tells whether it is still pending.
 */
export async function confirmLinkOutcome(
  client: SecPaidClient,
  link: MissingLink,
  listWasComplete: boolean
): Promise<LinkOutcome | SecPaidError> {
  if (link.sale !== undefined) {
    const used = await client.getMyUsedLinks({ search: link.sale.reference, limit: 20 })
    if (!used.ok) return used.error
    if (used.value.some((paid) => paidLinkIsFor(paid, link))) return 'paid'
  }
  const payIn = await client.getPayInTransactions({ payId: link.linkId })
  if (!payIn.ok) return payIn.error
  const transactions = payIn.value.filter((transaction) => payInIsFor(transaction, link))
  if (transactions.some((transaction) => transaction.status === 'Success')) return 'paid'
  if (transactions.length > 0) return 'waiting'
  if (listWasComplete) return 'cancelled'
  const stillPending = await client.getMyUnusedLinks(
    link.sale !== undefined ? { search: link.sale.reference, limit: 20 } : { limit: MAX_LIMIT }
  )
  if (!stillPending.ok) return stillPending.error
  return stillPending.value.some((pending) => pending.id === link.linkId) ? 'waiting' : 'cancelled'
}
