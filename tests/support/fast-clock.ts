import type { Clock } from '../../src-main/clock'

/**
 * The system clock running `speed` times faster, for minutes of trade in seconds. Whatever shares it (the request
 * budget, paid detection, the test SecPaid's rate limit) sees the same time, so a slow moment of the machine delays
 * all of them alike.
 */
export function fastClock(speed: number): Clock {
  const startedAt = Date.now()
  const startedAtMs = performance.now()
  return {
    now: () => startedAt + (performance.now() - startedAtMs) * speed,
    after: (ms, callback) => {
      const timer = setTimeout(callback, ms / speed)
      return () => clearTimeout(timer)
    }
  }
}
