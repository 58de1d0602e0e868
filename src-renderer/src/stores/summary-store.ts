import { create } from 'zustand'

import type { IpcError, Language, TodaySummary } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { today } from './day-close-store'
import { saveSalesCsv } from './save-sales-csv'

interface SummaryState {
  /** Null until the first answer. */
  summary: TodaySummary | null
  exportInFlight: boolean
  exportError: IpcError | null
  /**
   * Answered from the counter's own sale journal: no SecPaid traffic, so it may run as often as needed. Main's
   * `summary_changed` event says when.
   */
  refresh: () => Promise<void>
  /** The summed-up day's sales as CSV, saved the one way sales are saved (saveSalesCsv). */
  exportCsv: (language: Language) => Promise<void>
}

/** The day the summary sums up (main's yyyyMMdd as yyyy-mm-dd); the local day until main has answered. */
function summedUpDay(summary: TodaySummary | null): string {
  const match = summary === null ? null : /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(summary.day)
  return match === null ? today() : `${match[1]}-${match[2]}-${match[3]}`
}

/** Only the newest answer is shown: an older one would undo a charge or a payment just counted. */
let latestRequest = 0

export const useSummaryStore = create<SummaryState>()((set, get) => ({
  summary: null,
  exportInFlight: false,
  exportError: null,
  refresh: async () => {
    const requestNumber = ++latestRequest
    const result = await callCounter('todaySummary', {})
    // A failed refresh keeps the last figures: they are still the best the cashier has.
    if (requestNumber === latestRequest && result.ok) set({ summary: result.value })
  },
  exportCsv: async (language) => {
    if (get().exportInFlight) return
    set({ exportInFlight: true, exportError: null })
    const day = summedUpDay(get().summary)
    const result = await saveSalesCsv(day, day, language)
    set({ exportInFlight: false, exportError: result.ok ? null : result.error })
  }
}))
