import { readJournal } from '../../src-main/journal/read-journal'
import { createSaleIndex, type SaleIndex } from '../../src-main/journal/sale-index'
import type { SaleEvent } from '../../src-main/journal/sale-record'
import { createJournalWriter } from './jsonl-journal-writer'

/**
 * The JSONL journal as the versions before the books database kept it (`sales-journal.jsonl`): read whole and folded
 * at open, one fsynced line per status change. Kept for the tests of the import and for the benchmark that compares
 * the two stores; the app itself only imports such a file.
 */
export interface JsonlJournal {
  index: SaleIndex
  /** Written and fsynced, as the previous version did before SecPaid was asked. */
  appendDurably(event: SaleEvent): boolean
  /** Writes a line as it stands (a damaged one, say), the way a crash or an editor could leave it. */
  appendRawLine(text: string): boolean
  close(): void
}

export function openJsonlJournal(filePath: string): JsonlJournal {
  const index = createSaleIndex()
  for (const event of readJournal(filePath).events) index.apply(event)
  const writer = createJournalWriter(filePath)
  return {
    index,
    appendDurably(event) {
      if (!writer.appendLine(JSON.stringify(event)).ok) return false
      index.apply(event)
      return true
    },
    appendRawLine: (text) => writer.appendLine(text).ok,
    close: () => writer.close()
  }
}
