import type { RefundFailure } from '../../src-preload/contract'

/**
 * SecPaid's own answer texts that this app acts on, as its pages write them (docs/secpaid.md). The simulator says
 * them from here too, so the matcher and the test server cannot drift apart.
 */
export const SECPAID_WORDS = {
  missingToken: 'Please enter token',
  unknownKey: 'No user found with the provided API key.',
  badToken: 'Incorrect token or missing token',
  linkAlreadyUsed: 'This link is already used',
  invalidLinkId: 'Invalid link ID',
  linkNotFound: 'Link not found',
  linkCancelled: 'Link is cancelled',
  refundAlreadyRequested: 'Refund already requested',
  refundBlockedByDispute: 'Refund blocked by dispute',
  invalidRefundAmount: 'Invalid refund amount',
  invoiceNotRefundable: 'Cannot refund invoice-type links'
} as const

type SecPaidWord = keyof typeof SECPAID_WORDS

/** The one rule: the same words whatever the case, the spaces around them or a closing full stop or exclamation mark. */
const folded = (text: string) =>
  text
    .trim()
    .replace(/[.!]+$/, '')
    .toLowerCase()

/** Whether SecPaid's message says `word`. */
export const saysWord = (message: string | null | undefined, word: SecPaidWord): boolean =>
  typeof message === 'string' && folded(message) === folded(SECPAID_WORDS[word])

const AUTH_WORDS: readonly SecPaidWord[] = ['missingToken', 'unknownKey', 'badToken']

/** SecPaid's wording for a missing or rejected key; it answers these with ResponseCode 0, sometimes HTTP 200. */
export const isKeyRefusal = (message: string): boolean => AUTH_WORDS.some((word) => saysWord(message, word))

/** deleteLink's answer for a link the customer has already paid. */
export const isLinkAlreadyUsed = (message: string | null | undefined): boolean => saysWord(message, 'linkAlreadyUsed')

/** refundPayment's documented refusals, each to its own code. */
const REFUND_REFUSALS: readonly (readonly [SecPaidWord, RefundFailure])[] = [
  ['refundAlreadyRequested', { code: 'refund_already_requested' }],
  ['refundBlockedByDispute', { code: 'refund_blocked_dispute' }],
  ['invalidRefundAmount', { code: 'refund_invalid_amount' }],
  ['linkCancelled', { code: 'refund_link_cancelled' }],
  ['invoiceNotRefundable', { code: 'refund_invoice_link' }],
  ['invalidLinkId', { code: 'link_not_found' }],
  ['linkNotFound', { code: 'link_not_found' }]
]

/** The code for SecPaid's refusal of a refund; words it is not documented to say are kept, to be shown as they came. */
export function refundRefusalOf(secpaidMessage: string): RefundFailure {
  const known = REFUND_REFUSALS.find(([word]) => saysWord(secpaidMessage, word))
  return known === undefined ? { code: 'refund_refused', secpaidMessage: secpaidMessage.trim() } : known[1]
}
