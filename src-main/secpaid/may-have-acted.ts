import type { SecPaidError } from './types'

/**
 * Could SecPaid have acted on a request that failed? Yes when no answer was read (a timeout, a dropped connection),
 * the server broke (5xx) or its answer could not be read. A 429, a refused key, a refused connection or an explicit
 * ResponseCode 0 mean it did not: the request may be sent again as new.
 */
export const mayHaveActed = (error: SecPaidError): boolean =>
  error.outcomeUnknown || error.kind === 'server' || error.kind === 'bad_response'
