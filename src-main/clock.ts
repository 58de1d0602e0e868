/**
 * Time as main's timed work sees it: the request scheduler, paid detection's polls and the sale service's pauses. The
 * app runs on the system clock; tests and the benchmark give one that runs faster or only when told.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Calls `callback` once after `ms`; the function returned cancels it. */
  after(ms: number, callback: () => void): () => void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after: (ms, callback) => {
    const timer = setTimeout(callback, ms)
    return () => clearTimeout(timer)
  }
}

export const sleepOn = (clock: Clock, ms: number): Promise<void> =>
  new Promise((resolve) => {
    clock.after(ms, resolve)
  })
