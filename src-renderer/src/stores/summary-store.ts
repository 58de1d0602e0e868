import { create } from 'zustand'
import type { IpcError, TodaySummary } from '../../../src-preload/contract'
import { downloadTextFile } from '../lib/download-file'
import { callCounter } from '../ipc/counter-call'
import { callWithDialogPin } from './dialog-pin-call'

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
  /** The journal as CSV, saved through a download. */
  exportCsv: () => Promise<void>
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
  exportCsv: async () => {
    if (get().exportInFlight) return
    set({ exportInFlight: true, exportError: null })
    const result = await callWithDialogPin('exportSalesCsv', {})
    set({ exportInFlight: false, exportError: result.ok ? null : result.error })
    if (result.ok) downloadTextFile(result.value.fileName, result.value.csv, 'text/csv;charset=utf-8')
  }
}))
