import type { Environment } from '../../src-preload/contract'
import type { Clock } from '../clock'
import { createSecPaidClient, type FetchLike } from './client'
import { resolveConnection, type SecPaidConnection } from './environments'
import type { Reachability } from './reachability'
import {
  createRequestScheduler,
  type RequestBudget,
  type RequestFigures,
  type RequestPriority
} from './request-scheduler'
import { scheduledClient } from './scheduled-client'
import { censusClient, createTillCensus } from './till-census'
import type { SecPaidClient } from './types'

interface SecPaidAccess {
  /** Where a request goes now: the environment chosen with its key; Demo's simulator only in Demo. */
  connection(): SecPaidConnection
  /** A client for one request at `priority` in the key's budget, against the connection of this moment. */
  getClient: (priority: RequestPriority) => SecPaidClient
  /** How the budget of the key in use is spent, for tests and the benchmark. */
  figures(): RequestFigures
  close(): void
}

/**
 * The one way main reaches SecPaid: the connection the settings choose, every answer told to reachability, the other
 * tills on the key counted from the links listed, and one request budget per key (the call sites choose a priority).
 */
export function createSecPaidAccess(deps: {
  environment: () => Environment
  apiKey: () => string | null
  demoBaseUrl: () => string
  /** Overrides the production/development base URL, e.g. to point a test at a simulator that plays SecPaid. */
  baseUrlOverride?: string | undefined
  /** The owner's "tills on this key": the least share counted. */
  tillsOnKey: () => number
  ownTill: () => string
  /** The till a link's note names, or null (another app on the key, or no note). */
  tillOf: (note: string | null) => string | null
  reachability: Reachability
  fetch: FetchLike
  clock: Clock
  timeoutMs?: number | undefined
  /** `null` sends every request at once (tests that fire faster than a cashier can); see the backend's option. */
  requestBudget?: Partial<RequestBudget> | null | undefined
}): SecPaidAccess {
  const connection = () => {
    const resolved = resolveConnection({
      environment: deps.environment(),
      apiKey: deps.apiKey(),
      demoBaseUrl: deps.demoBaseUrl()
    })
    return !resolved.demo && deps.baseUrlOverride ? { ...resolved, baseUrl: deps.baseUrlOverride } : resolved
  }
  const census = createTillCensus({ clock: deps.clock, ownTill: deps.ownTill, tillOf: deps.tillOf })
  const scheduler = createRequestScheduler({
    clock: deps.clock,
    tillsOnKey: () => Math.max(deps.tillsOnKey(), census.count()),
    ...(deps.requestBudget ? { budget: deps.requestBudget } : {})
  })
  const budgetKeyOf = (of: SecPaidConnection) => `${of.baseUrl} ${of.apiKey ?? ''}`

  return {
    connection,
    getClient: (priority) => {
      const current = connection()
      const client = censusClient(
        deps.reachability.observe(
          createSecPaidClient({
            baseUrl: current.baseUrl,
            getApiKey: () => current.apiKey,
            fetch: deps.fetch,
            ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {})
          })
        ),
        census
      )
      if (deps.requestBudget === null) return client
      return scheduledClient(scheduler, priority, { budgetKey: budgetKeyOf(current), client })
    },
    figures: () => scheduler.figures(budgetKeyOf(connection())),
    close: () => scheduler.close()
  }
}
