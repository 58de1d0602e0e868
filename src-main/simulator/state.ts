import { createFaultQueue } from './faults'
import { createLinkStore } from './link-store'
import { createRateLimiter } from './rate-limiter'
import type { SimulatorOptions, SimulatorRequest } from './types'

export const DEFAULT_API_KEYS = ['demo-key']
const DEFAULT_RATE_LIMIT_PER_MINUTE = 60
/** Demo mode runs all day; older entries are dropped from the log (the count stays exact). */
export const MAX_LOGGED_REQUESTS = 5000

/** Everything the simulator remembers, shared by the HTTP handlers and the test controls. */
export function createSimulatorState(options: SimulatorOptions) {
  const now = options.now ?? (() => new Date())
  const initialRateLimit = {
    enabled: options.enforceRateLimit ?? false,
    perMinute: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE
  }
  return {
    now,
    initialRateLimit,
    store: createLinkStore(options.apiKeys ?? DEFAULT_API_KEYS, now),
    faults: createFaultQueue(),
    limiter: createRateLimiter(now),
    rateLimit: { ...initialRateLimit },
    latencyMs: 0,
    responseDelayMs: 0,
    requestCount: 0,
    log: [] as SimulatorRequest[]
  }
}

export type SimulatorState = ReturnType<typeof createSimulatorState>
