/** SecPaid's wording, copied from its docs (including "retrived"). */
export const MESSAGES = {
  missingToken: 'Please enter token',
  unknownKey: 'No user found with the provided API key.',
  missingAmount: 'Please enter amount',
  amountNotPositive: 'Amount should not be zero or negative number',
  amountNotNumber: 'Amount must be a number',
  amountTooPrecise: 'Amount must not have more than 2 decimal places',
  amountTooLarge: 'Amount is too large',
  linkCreated: 'Link created successfully',
  listRetrieved: 'List retrived successfully',
  transactionsRetrieved: 'Transactions retrieved successfully',
  linkDeleted: 'Link has been deleted successfully',
  linkAlreadyUsed: 'This link is already used',
  invalidLinkId: 'Invalid link ID',
  missingLinkId: 'Please enter link_id',
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

export const failure = (status: number, message: string): EnvelopeAnswer => ({
  status,
  body: { data: null, ResponseCode: 0, ResponseMsg: message, Result: 'False', ServerTime: 'CEST' }
})
