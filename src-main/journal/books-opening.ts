import { statSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import type { JournalProblem, JournalStatus } from '../../src-preload/contract'
import { openBooksDatabase } from './books-database'
import { type ChainHead, writeBooksHead } from './books-head'
import {
  createRowAppender,
  errnoOfWriteFailure,
  isNotADatabase,
  journalLines,
  journalRowCount,
  metaValue,
  openBooksReadOnly,
  quickCheckFindings,
  type RowAppender
} from './books-store'
import { errnoOf } from './durable-file'
import { isLineOfNewerVersion, parseJournalLine } from './journal-line-schema'
import { importJsonlJournal, jsonlJournalBeside, MIGRATED_KEY } from './jsonl-import'
import { readJournal } from './read-journal'
import type { SaleEvent } from './sale-record'
import { loadSqlite } from './sqlite-module'

/** How long a write waits for another connection's write to finish before it counts as failed (and is retried). */
const BUSY_TIMEOUT_MS = 1_000

export interface BooksWriter {
  database: DatabaseSync
  appender: RowAppender
}

export type WriterOpening = { ok: true; writer: BooksWriter } | { ok: false; error: unknown }

/**
 * Keeps `books.head` at the chain's last row after each commit. A head that could not be written (a disk full just
 * then) lags behind, which the check allows for; the row itself is committed, so the write goes on.
 */
function witness(folder: string, head: ChainHead): void {
  try {
    writeBooksHead(folder, head)
  } catch {
    // The next commit writes it again.
  }
}

export function openBooksWriter(databasePath: string): WriterOpening {
  try {
    const database = openBooksDatabase(databasePath)
    // Another process writing (a second instance despite the lock, a backup tool): wait for it, briefly.
    database.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    const folder = dirname(databasePath)
    return { ok: true, writer: { database, appender: createRowAppender(database, (head) => witness(folder, head)) } }
  } catch (error) {
    return { ok: false, error }
  }
}

/** What the journal starts from: the sales so far, and what stands in the way of recording more. */
export interface OpenedBooks {
  writer: BooksWriter | null
  /** Why the books could not be opened for writing (retried); null when they were, or when `problem` is set. */
  openFailure: { errno: string | null } | null
  /** Why the books must take no sales at all this run (not retried). */
  problem: JournalProblem | null
  quarantined: JournalStatus['quarantined']
  /** Whether the JSONL journal beside still waits to be imported once the books can be written. */
  importDue: boolean
}

/**
 * Opens `books.sqlite` and feeds every recorded status change to `apply`, oldest first. A folder that cannot be
 * written is read all the same (the JSONL journal of an earlier version, when it was not imported yet); a file that
 * is not a database, damage `PRAGMA quick_check` finds or an import that fails keeps the app from recording sales,
 * with the reason in its status, and leaves every file as it was.
 */
export function openBooks(databasePath: string, now: Date, apply: (event: SaleEvent) => void): OpenedBooks {
  // Without the engine there are no books to read or write: a failure of its own, not a folder that refused.
  loadSqlite()
  const opening = openBooksWriter(databasePath)
  if (!opening.ok) {
    if (isNotADatabase(opening.error)) return blocked({ code: 'not_a_database', file: databasePath })
    const openFailure = { errno: errnoOfWriteFailure(opening.error, databasePath) }
    return { ...readOnlyBooks(databasePath, apply), writer: null, openFailure, problem: null }
  }
  const { database } = opening.writer
  const findings = quickCheckFindings(database)
  if (findings !== null) {
    database.close()
    return blocked({ code: 'damaged', file: databasePath, findings })
  }
  const imported = importJsonlJournal(database, opening.writer.appender, databasePath, now)
  if (imported.kind === 'failed') {
    database.close()
    for (const event of imported.contents?.events ?? []) apply(event)
    return blocked({ code: 'import_failed', reason: imported.reason, file: jsonlJournalBeside(databasePath) })
  }
  const damagedRows = foldRows(journalLines(database), apply)
  const quarantined =
    imported.kind === 'imported' && imported.quarantined !== null
      ? imported.quarantined
      : damagedRows > 0
        ? { count: damagedRows, file: databasePath }
        : null
  return { writer: opening.writer, openFailure: null, problem: null, quarantined, importDue: false }
}

const blocked = (problem: JournalProblem): OpenedBooks => ({
  writer: null,
  openFailure: null,
  problem,
  quarantined: null,
  importDue: false
})

/** Folds the rows' lines in; answers how many no version of the app wrote (changed from outside): left where they are. */
function foldRows(lines: Iterable<string>, apply: (event: SaleEvent) => void): number {
  let damaged = 0
  for (const line of lines) {
    const event = parseJournalLine(line)
    if (event !== null) apply(event)
    else if (!isLineOfNewerVersion(line)) damaged += 1
  }
  return damaged
}

/**
 * Whether the file is there. One that cannot even be looked for (a data folder that is a file) throws: without the
 * sales main could not tell which are still open, so it must not start as if there were none.
 */
function isThere(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false
    throw error
  }
}

function readOnlyBooks(databasePath: string, apply: (event: SaleEvent) => void) {
  let rows = 0
  let damagedRows = 0
  let migrated = false
  if (isThere(databasePath)) {
    const database = openBooksReadOnly(databasePath)
    try {
      rows = journalRowCount(database)
      migrated = metaValue(database, MIGRATED_KEY) !== undefined
      damagedRows = foldRows(journalLines(database), apply)
    } finally {
      database.close()
    }
  }
  const jsonlPath = jsonlJournalBeside(databasePath)
  if (rows > 0 || migrated || !isThere(jsonlPath)) {
    const quarantined = damagedRows > 0 ? { count: damagedRows, file: databasePath } : null
    return { quarantined, importDue: false }
  }
  // Not imported yet: the sales are shown from the JSONL journal, imported once the folder can be written.
  const contents = readJournal(jsonlPath)
  for (const event of contents.events) apply(event)
  const quarantined = contents.badLines.length > 0 ? { count: contents.badLines.length, file: jsonlPath } : null
  return { quarantined, importDue: true }
}
