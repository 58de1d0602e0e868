import type { LinkStore } from './link-store'

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  host?: '127.0.0.1'
  /** Keys that open an account each; default ['demo-key']. */
  apiKeys?: string[]
  /** SecPaid's limit of 60 requests a minute per key; off by default, so Demo and tests run at full speed. */
  enforceRateLimit?: boolean
  rateLimitPerMinute?: number
  now?: () => Date
  /** Demo mode: payouts run by the clock, each day's the night after and approved the night after that. */
  nightlyPayouts?: boolean
  /** The accounts' links, kept by the caller so that a simulator started again still holds them (Demo re-entered). */
  links?: LinkStore
}
