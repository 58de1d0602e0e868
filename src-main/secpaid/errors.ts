import type { SecPaidError, SecPaidErrorKind } from './types'

type ErrorDetails = Partial<Omit<SecPaidError, 'kind' | 'message'>>

export function secPaidError(kind: SecPaidErrorKind, message: string, details: ErrorDetails = {}): SecPaidError {
  const defined = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined))
  return { kind, message, outcomeUnknown: false, ...defined }
}
