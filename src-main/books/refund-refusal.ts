import type { RefundFailure } from '../../src-preload/contract'

/** SecPaid's documented refundPayment refusals (secpaid-api.md), each to its own code; matched without case. */
const DOCUMENTED: Readonly<Record<string, RefundFailure>> = {
  'refund already requested': { code: 'refund_already_requested' },
  'refund blocked by dispute': { code: 'refund_blocked_dispute' },
  'invalid refund amount': { code: 'refund_invalid_amount' },
  'link is cancelled': { code: 'refund_link_cancelled' },
  'cannot refund invoice-type links': { code: 'refund_invoice_link' },
  'invalid link id': { code: 'link_not_found' },
  'link not found': { code: 'link_not_found' }
}

/** The code for SecPaid's words; words it is not documented to say are kept, to be shown as they came. */
export function refundRefusalOf(secpaidMessage: string): RefundFailure {
  const key = secpaidMessage
    .trim()
    .replace(/[.!]+$/, '')
    .toLowerCase()
  return DOCUMENTED[key] ?? { code: 'refund_refused', secpaidMessage: secpaidMessage.trim() }
}
