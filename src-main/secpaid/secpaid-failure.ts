import type { SecPaidFailure } from '../../src-preload/contract'
import type { SecPaidError } from './types'

/** The client's error as the reason code the renderer explains: the data without main's words. */
export function toSecPaidFailure(error: SecPaidError): SecPaidFailure {
  switch (error.kind) {
    case 'no_key':
      return { code: 'no_key' }
    case 'auth':
      return { code: 'key_rejected', httpStatus: error.httpStatus ?? null }
    case 'rate_limited':
      return { code: 'rate_limited', retryAfterSeconds: error.retryAfterSeconds ?? null }
    case 'api':
      return { code: 'secpaid_refused', secpaidMessage: error.secpaidMessage ?? '' }
    case 'server':
      return {
        code: 'secpaid_error',
        httpStatus: error.httpStatus ?? 500,
        secpaidMessage: error.secpaidMessage || null
      }
    case 'bad_response':
      return {
        code: 'bad_answer',
        problem: error.badAnswer ?? 'unexpected_format',
        httpStatus: error.httpStatus ?? 200
      }
    case 'network':
      return { code: 'unreachable', reason: error.unreachable ?? 'other' }
    case 'timeout':
      return { code: 'timeout', seconds: error.timeoutSeconds ?? 0 }
    case 'invalid_amount':
      return { code: 'invalid_amount' }
  }
}
