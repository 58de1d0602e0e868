import type { Clock } from '../clock'
import type { SaleJournal } from '../journal/sale-journal'
import { saleDay } from './sale-reference'

interface SummaryWatch {
  stop(): void
}

/** Checks that the day has not turned at most this long after it did (a clock set forward, a laptop woken). */
const DAY_CHECK_MS = 60_000

/**
 * Tells `onChanged` whenever today's summary may differ: a line was journaled (a charge, a payment, a cancel, a
 * refund), or the local day turned, so "today" is another day. Only main's own journal and clock: no SecPaid traffic.
 */
export function createSummaryWatch(options: {
  journal: Pick<SaleJournal, 'onApplied'>
  clock: Clock
  onChanged: () => void
}): SummaryWatch {
  const { clock } = options
  const stopApplied = options.journal.onApplied(() => options.onChanged())
  let day = saleDay(new Date(clock.now()))
  let cancelTimer: (() => void) | null = null
  const schedule = () => {
    cancelTimer = clock.after(DAY_CHECK_MS, () => {
      const today = saleDay(new Date(clock.now()))
      if (today !== day) {
        day = today
        options.onChanged()
      }
      schedule()
    })
  }
  schedule()
  return {
    stop() {
      stopApplied()
      cancelTimer?.()
      cancelTimer = null
    }
  }
}
