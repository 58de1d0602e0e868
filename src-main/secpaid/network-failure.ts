import type { UnreachableReason } from '../../src-preload/contract'
import { secPaidError } from './errors'
import type { SecPaidError } from './types'

/** Failures that happen before a single byte of the request leaves: SecPaid cannot have acted on it. */
const NOT_SENT: readonly { pattern: RegExp; reason: UnreachableReason; message: string }[] = [
  {
    pattern: /ERR_INVALID_URL|Invalid URL/,
    reason: 'invalid_address',
    message: 'The SecPaid address is not a valid URL.'
  },
  {
    pattern: /ECONNREFUSED|ERR_CONNECTION_REFUSED/,
    reason: 'refused',
    message: 'Could not connect to SecPaid: the connection was refused.'
  },
  {
    pattern: /ENOTFOUND|EAI_AGAIN|ERR_NAME_NOT_RESOLVED/,
    reason: 'unresolved',
    message: 'Could not reach SecPaid: its server name could not be resolved.'
  },
  {
    pattern: /ERR_INTERNET_DISCONNECTED/,
    reason: 'offline',
    message: 'Could not reach SecPaid: this computer is offline.'
  },
  {
    pattern: /ENETUNREACH|EHOSTUNREACH|ERR_ADDRESS_UNREACHABLE/,
    reason: 'no_route',
    message: 'Could not reach SecPaid: there is no network route to it.'
  }
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

/** Turns whatever fetch threw (not a timeout) into a network error that says whether the request may have been acted on. */
export function networkFailure(error: unknown): SecPaidError {
  const description = describeCauses(error)
  const notSent = NOT_SENT.find(({ pattern }) => pattern.test(description))
  if (notSent) return secPaidError('network', notSent.message, { unreachable: notSent.reason })
  return DROPPED.test(description)
    ? secPaidError('network', 'The connection to SecPaid broke before an answer arrived.', {
        outcomeUnknown: true,
        unreachable: 'dropped'
      })
    : secPaidError('network', 'The request to SecPaid failed because of a network problem.', {
        outcomeUnknown: true,
        unreachable: 'other'
      })
}
