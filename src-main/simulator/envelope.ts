import { SECPAID_WORDS } from '../secpaid/secpaid-words'

/**
 * What the simulator says. The documented ones are SecPaid's exact wording (docs/secpaid.md, including "retrived");
 * the ones the app acts on come from SECPAID_WORDS, which its matcher reads too; the others answer cases the docs
 * leave open.
 */
export const MESSAGES = {
  // Documented.
  missingToken: SECPAID_WORDS.missingToken,
  unknownKey: SECPAID_WORDS.unknownKey,
  missingAmount: 'Please enter amount',
  amountNotPositive: 'Amount should not be zero or negative number',
  linkCreated: 'Link has been created successfully',
  listRetrieved: 'List retrived successfully',
  linkDeleted: 'Link has been deleted successfully',
  linkAlreadyUsed: SECPAID_WORDS.linkAlreadyUsed,
  invalidLinkId: SECPAID_WORDS.invalidLinkId,
  missingLinkId: 'Please enter link_id',
  refundRequested: 'Refund request has been sent successfully, You will get update within 5-10 days',
  missingPayId: 'Please enter pay_id',
  missingRefundAmount: 'Please enter refund_amount',
  linkCancelled: SECPAID_WORDS.linkCancelled,
  refundAlreadyRequested: SECPAID_WORDS.refundAlreadyRequested,
  refundBlockedByDispute: SECPAID_WORDS.refundBlockedByDispute,
  invalidRefundAmount: SECPAID_WORDS.invalidRefundAmount,
  invoiceNotRefundable: SECPAID_WORDS.invoiceNotRefundable,
  // Not documented: the simulator's own wording.
  amountNotNumber: 'Amount must be a number',
  amountTooPrecise: 'Amount must not have more than 2 decimal places',
  amountTooLarge: 'Amount is too large',
  linkNotPaid: 'Link is not paid yet',
  transactionsRetrieved: 'Transactions retrieved successfully',
  tooManyRequests: 'Too many requests. Please try again later.',
  serverError: 'Internal server error',
  notFound: 'Endpoint not found',
  methodNotAllowed: 'Method not allowed',
  badBody: 'The request body could not be read',
  bodyTooLarge: 'The request body is too large'
} as const

export interface EnvelopeAnswer {
  status: number
  body: Record<string, unknown>
  headers?: Record<string, string>
}

export const success = (message: string, data?: unknown): EnvelopeAnswer => ({
  status: 200,
  body: {
    ...(data === undefined ? {} : { data }),
    ResponseCode: 1,
    ResponseMsg: message,
    Result: 'True',
    ServerTime: 'CEST'
  }
})

/** As createLink's page documents an error: no `data` at all. */
export const failure = (status: number, message: string): EnvelopeAnswer => ({
  status,
  body: { ResponseCode: 0, ResponseMsg: message, Result: 'False', ServerTime: 'CEST' }
})
