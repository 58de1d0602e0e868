import type { UnreachableReason } from '../../src-preload/contract'
import { secPaidError } from './errors'
import type { SecPaidError } from './types'

/**
 * Failures that happen before a single byte of the request leaves: SecPaid cannot have acted on it. Main keeps the
 * reason code and the system's own error code; the renderer says it to people (lib/words/error-messages.ts).
 */
const NOT_SENT: readonly { pattern: RegExp; reason: UnreachableReason }[] = [
  { pattern: /ERR_INVALID_URL|Invalid URL/, reason: 'invalid_address' },
  { pattern: /ECONNREFUSED|ERR_CONNECTION_REFUSED/, reason: 'refused' },
  { pattern: /ENOTFOUND|EAI_AGAIN|ERR_NAME_NOT_RESOLVED/, reason: 'unresolved' },
  { pattern: /ERR_INTERNET_DISCONNECTED/, reason: 'offline' },
  { pattern: /ENETUNREACH|EHOSTUNREACH|ERR_ADDRESS_UNREACHABLE/, reason: 'no_route' }
]

const DROPPED =
  /ECONNRESET|EPIPE|UND_ERR_SOCKET|socket hang up|other side closed|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE/

/** Node's fetch wraps the system error in `cause` (code ECONNREFUSED…); Electron's net.fetch names it in the message (net::ERR_…). */
function describeCauses(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as Error & { code?: unknown }).code
    parts.push(current.message, typeof code === 'string' ? code : '')
    current = current.cause
  }
  return parts.join(' ')
}

/** The system's words that decided the reason (e.g. ECONNREFUSED), or the first error's message: data for a log. */
const detailOf = (description: string, pattern: RegExp | null, error: unknown): string =>
  (pattern === null ? null : pattern.exec(description)?.[0]) ?? (error instanceof Error ? error.message : String(error))

/** Turns whatever fetch threw (not a timeout) into a network error that says whether the request may have been acted on. */
export function networkFailure(error: unknown): SecPaidError {
  const description = describeCauses(error)
  const notSent = NOT_SENT.find(({ pattern }) => pattern.test(description))
  if (notSent) {
    return secPaidError('network', detailOf(description, notSent.pattern, error), { unreachable: notSent.reason })
  }
  const dropped = DROPPED.test(description)
  return secPaidError('network', detailOf(description, dropped ? DROPPED : null, error), {
    outcomeUnknown: true,
    unreachable: dropped ? 'dropped' : 'other'
  })
}
