import type { Clock } from '../../src-main/clock'

/** The system clock, which a test can move forward at once: every timer that falls due then fires. */
export interface OffsetClock extends Clock {
  /** Moves main's time on by `ms` (real time goes on as well). */
  skip(ms: number): void
}

export function offsetClock(): OffsetClock {
  let offset = 0
  let timers: { at: number; callback: () => void }[] = []
  const now = () => Date.now() + offset
  const fireDue = () => {
    const due = timers.filter((timer) => timer.at <= now())
    timers = timers.filter((timer) => !due.includes(timer))
    for (const timer of due) timer.callback()
  }
  // Checked often enough for the tests' waits; unref'd, so it never keeps a process alive.
  setInterval(fireDue, 50).unref()
  return {
    now,
    after(ms, callback) {
      const timer = { at: now() + Math.max(0, ms), callback }
      timers.push(timer)
      return () => {
        timers = timers.filter((other) => other !== timer)
      }
    },
    skip(ms) {
      offset += ms
      fireDue()
    }
  }
}
