import { createLinkStore } from './link-store'
import { createPayoutStore } from './payout-store'
import { createRateLimiter } from './rate-limiter'
import type { SimulatorOptions } from './simulator-options'
import { serviceFeeCents } from './wire-shapes'

export const DEFAULT_API_KEYS = ['demo-key']
const DEFAULT_RATE_LIMIT_PER_MINUTE = 60

/** Everything the simulator remembers, shared by the HTTP handler and the simulator's methods. */
export function createSimulatorState(options: SimulatorOptions) {
  const now = options.now ?? (() => new Date())
  const initialRateLimit = {
    enabled: options.enforceRateLimit ?? false,
    perMinute: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE
  }
  const store = options.links ?? createLinkStore(options.apiKeys ?? DEFAULT_API_KEYS, now)
  return {
    now,
    initialRateLimit,
    store,
    payouts: createPayoutStore(store, serviceFeeCents, options.nightlyPayouts === true ? { now } : null),
    limiter: createRateLimiter(now),
    rateLimit: { ...initialRateLimit }
  }
}

export type SimulatorState = ReturnType<typeof createSimulatorState>
