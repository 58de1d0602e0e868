import type { UnreachableReason } from './errors'

/**
 * What keeps this till from SecPaid, as main learned it from the last request that left the app: a kind and its data,
 * never a sentence (the renderer words it). Any answer SecPaid gives in its own terms (a link, a list, a refusal of
 * one request) is a good answer and clears it.
 */
export type ConnectionProblem =
  /** This computer has no network, or SecPaid's name cannot be looked up (DNS): nothing left the till. */
  | { kind: 'no_network'; reason: Extract<UnreachableReason, 'offline' | 'unresolved' | 'no_route'> }
  /** The network is there but SecPaid's address does not answer: the connection was refused or broke. */
  | { kind: 'secpaid_unreachable'; reason: Exclude<UnreachableReason, 'offline' | 'unresolved' | 'no_route'> }
  /** SecPaid took the request but gave no answer within `seconds`. */
  | { kind: 'timeout'; seconds: number }
  /** SecPaid refuses the API key (HTTP 401 or 403, or its words for a refused key). */
  | { kind: 'key_refused'; httpStatus: number | null }
  /** Too many requests on the key (HTTP 429); `retryAt` is when SecPaid said to try again (null: it did not say). */
  | { kind: 'rate_limited'; retryAt: string | null }
  /** SecPaid's server failed (HTTP 5xx). */
  | { kind: 'server_error'; httpStatus: number }
  /** SecPaid answered something the app cannot read (an empty page, not JSON, not its format). */
  | { kind: 'bad_answer'; httpStatus: number }

export type ConnectionProblemKind = ConnectionProblem['kind']

/** The connection as main knows it now: told in the `connection` event whenever it changes. */
export interface ConnectionStatus {
  /** Whether SecPaid was reached at the last attempt (any answer at all, even an error, proves it was). */
  online: boolean
  /** What failed at the last attempt; null when SecPaid's last answer was a good one. */
  problem: ConnectionProblem | null
  /** ISO time of SecPaid's last good answer since the app started (or the account changed); null: none yet. */
  lastAnswerAt: string | null
}
