import type { SecPaidClient, SecPaidError, SecPaidResult } from './types'

/** Only these failures say SecPaid was not reached; any answer at all, even an error, proves it was. */
const isUnreachable = (error: SecPaidError) => error.kind === 'network' || error.kind === 'timeout'

export interface Reachability {
  online(): boolean
  /** Wraps a client so that every answer it gets updates what is known. */
  observe(client: SecPaidClient): SecPaidClient
}

/**
 * Whether SecPaid answered the last request, learned from every request the app makes (charges, look-ups, paid
 * detection, the pending list): one truth for the offline banner, told to `onChange` only when it changes.
 */
export function createReachability(onChange: (online: boolean) => void): Reachability {
  let online = true
  const record = <T>(result: SecPaidResult<T>): SecPaidResult<T> => {
    // `no_key` and `invalid_amount` never left the app: they say nothing about the network.
    if (!result.ok && (result.error.kind === 'no_key' || result.error.kind === 'invalid_amount')) return result
    const reached = result.ok || !isUnreachable(result.error)
    if (reached !== online) {
      online = reached
      onChange(online)
    }
    return result
  }
  return {
    online: () => online,
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
