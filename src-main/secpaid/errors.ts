import type { SecPaidError, SecPaidErrorKind } from './types'

type ErrorDetails = Partial<Omit<SecPaidError, 'kind' | 'message'>>

export function secPaidError(kind: SecPaidErrorKind, message: string, details: ErrorDetails = {}): SecPaidError {
  const defined = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined))
  return { kind, message, outcomeUnknown: false, ...defined }
}

/** SecPaid's own wording for a missing or rejected key; it answers these with ResponseCode 0, sometimes HTTP 200. */
export const AUTH_MESSAGES: readonly string[] = [
  'Please enter token',
  'No user found with the provided API key.',
  'Incorrect token or missing token'
]
