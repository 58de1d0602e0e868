import type { RequestPriority, RequestScheduler } from './request-scheduler'
import type { SecPaidClient, SecPaidResult } from './types'

/** A client for one SecPaid key, and the budget its requests count against. */
interface BudgetedClient {
  budgetKey: string
  client: SecPaidClient
}

/**
 * The client the call sites use: every call waits its turn in the scheduler at `priority`. Reads are marked by what
 * they ask, so a read still queued answers an identical one (the sidebar's list asked twice); writes never share.
 */
export function scheduledClient(
  scheduler: RequestScheduler,
  priority: RequestPriority,
  { budgetKey, client }: BudgetedClient
): SecPaidClient {
  const write = <T>(send: () => Promise<SecPaidResult<T>>) => scheduler.submit({ budgetKey, priority, send })
  const read = <T>(endpoint: string, query: object | undefined, send: () => Promise<SecPaidResult<T>>) =>
    scheduler.submit({ budgetKey, priority, send, sameAs: `${endpoint} ${JSON.stringify(query ?? {})}` })
  return {
    createLink: (input) => write(() => client.createLink(input)),
    deleteLink: (linkId) => write(() => client.deleteLink(linkId)),
    refundPayment: (input) => write(() => client.refundPayment(input)),
    getMyUnusedLinks: (query) => read('getMyUnusedLinks', query, () => client.getMyUnusedLinks(query)),
    getMyUsedLinks: (query) => read('getMyUsedLinks', query, () => client.getMyUsedLinks(query)),
    getPayInTransactions: (query) => read('getPayInTransactions', query, () => client.getPayInTransactions(query)),
    getPayOutTransactions: (query) => read('getPayOutTransactions', query, () => client.getPayOutTransactions(query))
  }
}
