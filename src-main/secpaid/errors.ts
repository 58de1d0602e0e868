import type { SecPaidError, SecPaidErrorKind } from './types'

export function secPaidError(
  kind: SecPaidErrorKind,
  message: string,
  details: { httpStatus?: number; retryAfterSeconds?: number; outcomeUnknown?: boolean } = {}
): SecPaidError {
  const error: SecPaidError = { kind, message, outcomeUnknown: details.outcomeUnknown ?? false }
  if (details.httpStatus !== undefined) error.httpStatus = details.httpStatus
  if (details.retryAfterSeconds !== undefined) error.retryAfterSeconds = details.retryAfterSeconds
  return error
}

/** SecPaid's own wording for a missing or rejected key; it answers these with ResponseCode 0, sometimes HTTP 200. */
export const AUTH_MESSAGES: readonly string[] = [
  'Please enter token',
  'No user found with the provided API key.',
  'Incorrect token or missing token'
]

export const NO_KEY_MESSAGE = 'No SecPaid API key is set. Add one in Settings.'
