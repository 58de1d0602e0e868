import type { Clock } from '../../src-main/clock'

/** A clock that moves only when the test moves it. */
export interface ManualClock extends Clock {
  /** Moves time on by `ms`, running every timer that falls due in time order and letting promises settle after each. */
  advance(ms: number): Promise<void>
}

interface Timer {
  at: number
  order: number
  callback: () => void
}

const promisesSettled = () => new Promise<void>((resolve) => setImmediate(resolve))

export function manualClock(start = Date.UTC(2026, 10, 30, 9)): ManualClock {
  let now = start
  let timers: Timer[] = []
  let created = 0
  return {
    now: () => now,
    after(ms, callback) {
      const timer = { at: now + Math.max(0, ms), order: created++, callback }
      timers.push(timer)
      return () => {
        timers = timers.filter((other) => other !== timer)
      }
    },
    async advance(ms) {
      const until = now + ms
      await promisesSettled()
      for (;;) {
        const [due] = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at || a.order - b.order)
        if (due === undefined) break
        timers = timers.filter((timer) => timer !== due)
        now = due.at
        due.callback()
        await promisesSettled()
      }
      now = until
      await promisesSettled()
    }
  }
}
