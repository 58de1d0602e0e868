import type { IpcResult, Language, SaveFileResult } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { formatSalesCsv, salesCsvFileName } from '../lib/format/sales-csv-format'
import { translate } from '../lib/words/i18n'
import { callWithDialogPin } from './dialog-pin-call'

/**
 * The one way sales leave as a CSV file, from the counter's Export CSV and from the day close: main's rows for the
 * days, written for the language's spreadsheet, saved by main through its save dialog (with the PIN in kiosk mode).
 */
export async function saveSalesCsv(from: string, to: string, language: Language): Promise<IpcResult<SaveFileResult>> {
  const rows = await callCounter('salesRows', { from, to })
  if (!rows.ok) return rows
  const content = formatSalesCsv(rows.value.rows, language, (key, params) => translate(language, key, params))
  return callWithDialogPin('saveFile', { fileName: salesCsvFileName(from, to), kind: 'csv', content })
}
