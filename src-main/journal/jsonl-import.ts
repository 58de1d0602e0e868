import { existsSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import type { JournalImportFailure } from '../../src-preload/contract'
import { bookTotals, totalsOfRecords } from './book-totals'
import { journalLines, journalRowCount, metaValue, type RowAppender, setMetaValue } from './books-store'
import { syncFolder } from './durable-file'
import { quarantineBadLines } from './journal-quarantine'
import { journalRowOf } from './journal-row'
import { type JournalContents, readJournal } from './read-journal'

/** The journal file of the versions before the books moved into SQLite, in the same data folder. */
export const JSONL_JOURNAL_NAME = 'sales-journal.jsonl'
/** The meta key set in the import's own transaction: present, the JSONL journal is never imported again. */
export const MIGRATED_KEY = 'migrated_from_jsonl'

export const jsonlJournalBeside = (databasePath: string) => join(dirname(databasePath), JSONL_JOURNAL_NAME)

export type JsonlImport =
  | { kind: 'nothing' }
  | { kind: 'imported'; rows: number; quarantined: { count: number; file: string } | null; archivedAs: string }
  /** Nothing imported, the JSONL journal untouched; its contents when they could be read, for the app to show. */
  | { kind: 'failed'; reason: JournalImportFailure; contents: JournalContents | null }

class TotalsDiffer extends Error {}

/**
 * The first start of this version: the JSONL journal beside the books is imported in one transaction (every line
 * that passes, verbatim, newer versions' lines too), its totals checked against the rows (sales, and per environment
 * and status their number and sums), and only then renamed to `sales-journal.jsonl.migrated-<date>`, the archived
 * original. Lines that fail validation go to the quarantine file as before. Anything wrong rolls the import back and
 * leaves the JSONL journal as it was.
 */
export function importJsonlJournal(database: DatabaseSync, appender: RowAppender, databasePath: string, now: Date) {
  const jsonlPath = jsonlJournalBeside(databasePath)
  const archivedAs = `${jsonlPath}.migrated-${now.toISOString().slice(0, 10)}`
  if (!existsSync(jsonlPath)) return { kind: 'nothing' } as const
  if (metaValue(database, MIGRATED_KEY) !== undefined) {
    // Imported, but stopped before the rename: the rows are in, the file is only archived now.
    archive(jsonlPath, archivedAs)
    return { kind: 'nothing' } as const
  }
  if (journalRowCount(database) > 0) return { kind: 'nothing' } as const
  let contents: JournalContents
  try {
    contents = readJournal(jsonlPath)
  } catch {
    return { kind: 'failed', reason: 'unreadable', contents: null } as const
  }
  const expected = totalsOfRecords(contents.goodEvents)
  try {
    appender.inTransaction((append) => {
      const environmentOf = new Map<string, string | null>()
      for (const [index, line] of contents.goodLines.entries()) {
        const event = contents.goodEvents[index] ?? null
        const row = journalRowOf(line, event, (reference) => environmentOf.get(reference) ?? null)
        if (row.type === 'creating' && row.reference !== null && !environmentOf.has(row.reference))
          environmentOf.set(row.reference, row.environment)
        append(row)
      }
      if (bookTotals(journalLines(database)) !== expected) throw new TotalsDiffer()
      const record = { file: basename(archivedAs), at: now.toISOString(), rows: contents.goodLines.length }
      setMetaValue(database, MIGRATED_KEY, JSON.stringify({ ...record, badLines: contents.badLines.length }))
    })
  } catch (error) {
    return {
      kind: 'failed',
      reason: error instanceof TotalsDiffer ? 'totals_differ' : 'not_written',
      contents
    } as const
  }
  const { badLines } = contents
  const quarantineFile =
    badLines.length === 0 ? null : (quarantineBadLines({ journalPath: jsonlPath, badLines, now }) ?? archivedAs)
  archive(jsonlPath, archivedAs)
  return {
    kind: 'imported',
    rows: contents.goodLines.length,
    quarantined: quarantineFile === null ? null : { count: badLines.length, file: quarantineFile },
    archivedAs
  } as const satisfies JsonlImport
}

function archive(jsonlPath: string, archivedAs: string): void {
  try {
    renameSync(jsonlPath, existsSync(archivedAs) ? `${archivedAs}-${Date.now()}` : archivedAs)
    syncFolder(dirname(jsonlPath))
  } catch {
    // The rows are in and the meta key says so: the next start archives it, and never imports it twice.
  }
}
