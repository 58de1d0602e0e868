import type { ConnectionProblem } from '../../src-preload/contract'
import type { SecPaidError } from './types'

/** Reasons that mean the till itself has no way out: no network, no route, or no name for SecPaid (DNS). */
const NO_NETWORK = new Set(['offline', 'unresolved', 'no_route'] as const)
const isNoNetwork = (reason: string): reason is 'offline' | 'unresolved' | 'no_route' =>
  (NO_NETWORK as Set<string>).has(reason)

/**
 * What a failed request says about the connection to SecPaid, as a kind with its data (`now` dates a 429's wait);
 * null when it says nothing wrong with it: SecPaid refused that one request in its own words (`api`), and `no_key`
 * and `invalid_amount` never left the app.
 */
export function connectionProblemOf(error: SecPaidError, now: number): ConnectionProblem | null {
  switch (error.kind) {
    case 'network': {
      const reason = error.unreachable ?? 'other'
      return isNoNetwork(reason) ? { kind: 'no_network', reason } : { kind: 'secpaid_unreachable', reason }
    }
    case 'timeout':
      return { kind: 'timeout', seconds: error.timeoutSeconds ?? 0 }
    case 'auth':
      return { kind: 'key_refused', httpStatus: error.httpStatus ?? null }
    case 'rate_limited': {
      const seconds = error.retryAfterSeconds
      const retryAt =
        seconds !== undefined && Number.isFinite(seconds) && seconds >= 0
          ? new Date(now + Math.ceil(seconds) * 1000).toISOString()
          : null
      return { kind: 'rate_limited', retryAt }
    }
    case 'server':
      return { kind: 'server_error', httpStatus: error.httpStatus ?? 500 }
    case 'bad_response':
      return { kind: 'bad_answer', httpStatus: error.httpStatus ?? 200 }
    case 'api':
    case 'no_key':
    case 'invalid_amount':
      return null
  }
}
