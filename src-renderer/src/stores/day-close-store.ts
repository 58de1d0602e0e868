import { create } from 'zustand'

import type { DayCloseReport, IpcError, Language } from '../../../src-preload/contract'
import { localDay } from '../../../src-preload/contract/locale'
import { callCounter } from '../ipc/counter-call'
import { formatMoneyWayCsv, moneyWayCsvFileName } from '../lib/format/money-way-csv-format'
import { translate } from '../lib/words/i18n'
import { callWithDialogPin } from './dialog-pin-call'
import { saveSalesCsv } from './save-sales-csv'

/** Today as the counter's local calendar day. */
export const today = (now = new Date()) => localDay(now)

interface DayCloseState {
  from: string
  to: string
  report: DayCloseReport | null
  loading: boolean
  error: IpcError | null
  /** Saving, printing or the CSV: what became of the last one. */
  outputBusy: boolean
  outputError: IpcError | null
  outputSaved: boolean
  setRange: (from: string, to: string) => void
  load: () => Promise<void>
  exportCsv: (language: Language) => Promise<void>
  /** The shown report's money way per day (from the counter to the bank) as a CSV. */
  exportMoneyWayCsv: (language: Language) => Promise<void>
  print: () => Promise<void>
  saveAsPdf: () => Promise<void>
  /** The counter now works in another environment: the report shown was the old one's books. */
  environmentChanged: () => void
}

/** Only the newest report asked for is shown. */
let latestLoad = 0

export const useDayCloseStore = create<DayCloseState>()((set, get) => {
  const output = async (
    work: () => Promise<{ ok: true; value: { saved?: boolean; printed?: boolean } } | { ok: false; error: IpcError }>
  ) => {
    if (get().outputBusy) return
    set({ outputBusy: true, outputError: null, outputSaved: false })
    const result = await work()
    set(
      result.ok
        ? { outputBusy: false, outputSaved: result.value.saved === true }
        : { outputBusy: false, outputError: result.error }
    )
  }

  return {
    from: today(),
    to: today(),
    report: null,
    loading: false,
    error: null,
    outputBusy: false,
    outputError: null,
    outputSaved: false,
    setRange: (from, to) => set({ from, to }),
    load: async () => {
      const { from, to } = get()
      const request = ++latestLoad
      set({ loading: true, error: null })
      const result = await callCounter('dayClose', { from, to })
      if (request !== latestLoad) return
      set(result.ok ? { loading: false, report: result.value } : { loading: false, error: result.error, report: null })
    },
    environmentChanged: () => {
      latestLoad += 1
      set({ report: null, loading: false, error: null, outputError: null, outputSaved: false })
    },
    exportCsv: (language) => output(() => saveSalesCsv(get().from, get().to, language)),
    exportMoneyWayCsv: async (language) => {
      const { report } = get()
      if (report?.moneyWay == null) return
      const content = formatMoneyWayCsv(report.moneyWay, language, (key) => translate(language, key))
      await output(() =>
        callWithDialogPin('saveFile', { fileName: moneyWayCsvFileName(report.from, report.to), kind: 'csv', content })
      )
    },
    print: () => output(() => callWithDialogPin('printPage', {})),
    saveAsPdf: () =>
      output(() => callWithDialogPin('savePageAsPdf', { fileName: `secpaid-day-close-${get().from}_${get().to}.pdf` }))
  }
})
