import type { ConnectionStatus } from '../../src-preload/contract'
import { connectionProblemOf } from './connection-problem'
import type { SecPaidClient, SecPaidError, SecPaidResult } from './types'

/** Only these failures say SecPaid was not reached; any answer at all, even an error, proves it was. */
const isUnreachable = (error: SecPaidError) => error.kind === 'network' || error.kind === 'timeout'

/** Failures that never left the app: they say nothing about the network or SecPaid. */
const neverSent = (error: SecPaidError) => error.kind === 'no_key' || error.kind === 'invalid_amount'

export interface Reachability {
  online(): boolean
  status(): ConnectionStatus
  /** Wraps a client so that every answer it gets updates what is known. */
  observe(client: SecPaidClient): SecPaidClient
  /** Another environment or key: what was known of the old one says nothing of the new (told if it changes). */
  reset(): void
}

const INITIAL: ConnectionStatus = { online: true, problem: null, lastAnswerAt: null }

const sameStatus = (a: ConnectionStatus, b: ConnectionStatus) =>
  a.online === b.online && JSON.stringify(a.problem) === JSON.stringify(b.problem)

/**
 * Whether SecPaid answered the last request and, if not well, what failed, learned from every request the app makes
 * (charges, look-ups, paid detection, the pending list): one truth for the connection banner. `onChange` hears it
 * when SecPaid's reachability or the problem changes; the time of the last good answer rides along but alone is no
 * change (a good answer every 1.6 s while a QR is up would otherwise be an event each).
 */
export function createReachability(
  onChange: (status: ConnectionStatus) => void,
  now: () => number = Date.now
): Reachability {
  let status = INITIAL
  const update = (next: ConnectionStatus) => {
    const changed = !sameStatus(status, next)
    status = next
    if (changed) onChange(status)
  }
  const record = <T>(result: SecPaidResult<T>): SecPaidResult<T> => {
    if (!result.ok && neverSent(result.error)) return result
    const problem = result.ok ? null : connectionProblemOf(result.error, now())
    update({
      online: result.ok || !isUnreachable(result.error),
      problem,
      lastAnswerAt: problem === null ? new Date(now()).toISOString() : status.lastAnswerAt
    })
    return result
  }
  return {
    online: () => status.online,
    status: () => status,
    reset: () => update(INITIAL),
    observe: (client) => ({
      createLink: (input) => client.createLink(input).then(record),
      getMyUnusedLinks: (query) => client.getMyUnusedLinks(query).then(record),
      getMyUsedLinks: (query) => client.getMyUsedLinks(query).then(record),
      deleteLink: (linkId) => client.deleteLink(linkId).then(record),
      getPayInTransactions: (query) => client.getPayInTransactions(query).then(record),
      getPayOutTransactions: (query) => client.getPayOutTransactions(query).then(record),
      refundPayment: (input) => client.refundPayment(input).then(record)
    })
  }
}
