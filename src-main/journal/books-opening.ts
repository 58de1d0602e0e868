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
import { journalRowOf } from './journal-row'
import { importJsonlJournal, jsonlJournalBeside, MIGRATED_KEY } from './jsonl-import'
import { readJournal } from './read-journal'
import { SALES_FOLDED_KEY, UNREADABLE_ROWS_KEY } from './sales-table'
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
    writeBooksHead(folder, head, { durable: false })
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

/** What the journal starts from: the books to read the sales from, and what stands in the way of recording more. */
export interface OpenedBooks {
  writer: BooksWriter | null
  /**
   * Where the sales are read: the writer's database; else the books opened read-only, or (books without an up to date
   * `sales` table, a JSONL journal not imported yet, books the app must not use) a copy of them folded in memory.
   */
  reader: DatabaseSync
  /** Why the books could not be opened for writing (retried); null when they were, or when `problem` is set. */
  openFailure: { errno: string | null } | null
  /** Why the books must take no sales at all this run (not retried). */
  problem: JournalProblem | null
  quarantined: JournalStatus['quarantined']
  /** Whether the JSONL journal beside still waits to be imported once the books can be written. */
  importDue: boolean
  /** Whether `PRAGMA quick_check` is still due (books too big to check before the first sale: checked on a worker). */
  checkDue: boolean
}

/** Books bigger than this are checked on a worker thread after start instead of before it (seconds at ten years). */
export const SYNC_QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024

export interface OpenBooksOptions {
  /** See SYNC_QUICK_CHECK_MAX_BYTES; tests set a small one. */
  syncQuickCheckMaxBytes?: number
}

/**
 * Opens `books.sqlite` for writing, folding into its `sales` table any rows it lacks (an earlier version's books: once).
 * A folder that cannot be written is read all the same (the JSONL journal of an earlier version, when it was not
 * imported yet); a file that is not a database, damage `PRAGMA quick_check` finds or an import that fails keeps the app
 * from recording sales, with the reason in its status, and leaves every file as it was.
 */
export function openBooks(databasePath: string, now: Date, options: OpenBooksOptions = {}): OpenedBooks {
  // Without the engine there are no books to read or write: a failure of its own, not a folder that refused.
  loadSqlite()
  const opening = openBooksWriter(databasePath)
  if (!opening.ok) {
    if (isNotADatabase(opening.error)) return blocked({ code: 'not_a_database', file: databasePath }, [])
    const openFailure = { errno: errnoOfWriteFailure(opening.error, databasePath) }
    return { ...readOnlyBooks(databasePath), writer: null, openFailure, problem: null, checkDue: false }
  }
  const { database, appender } = opening.writer
  const checkNow = fileSize(databasePath) <= (options.syncQuickCheckMaxBytes ?? SYNC_QUICK_CHECK_MAX_BYTES)
  if (checkNow) {
    const findings = quickCheckFindings(database)
    if (findings !== null) {
      database.close()
      return blocked({ code: 'damaged', file: databasePath, findings }, [])
    }
  }
  const imported = importJsonlJournal(database, appender, databasePath, now)
  if (imported.kind === 'failed') {
    database.close()
    return blocked(
      { code: 'import_failed', reason: imported.reason, file: jsonlJournalBeside(databasePath) },
      imported.contents?.goodLines ?? []
    )
  }
  try {
    appender.catchUp()
  } catch (error) {
    database.close()
    if (isNotADatabase(error)) return blocked({ code: 'damaged', file: databasePath, findings: String(error) }, [])
    return {
      ...readOnlyBooks(databasePath),
      writer: null,
      openFailure: { errno: errnoOfWriteFailure(error, databasePath) },
      problem: null,
      checkDue: false
    }
  }
  const damagedRows = appender.unreadableRows()
  const quarantined =
    imported.kind === 'imported' && imported.quarantined !== null
      ? imported.quarantined
      : damagedRows > 0
        ? { count: damagedRows, file: databasePath }
        : null
  return {
    writer: opening.writer,
    reader: database,
    openFailure: null,
    problem: null,
    quarantined,
    importDue: false,
    checkDue: !checkNow
  }
}

const blocked = (problem: JournalProblem, lines: Iterable<string>): OpenedBooks => ({
  writer: null,
  reader: booksInMemory(lines).database,
  openFailure: null,
  problem,
  quarantined: null,
  importDue: false,
  checkDue: false
})

const fileSize = (path: string): number => {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

const inMemory = new WeakSet<DatabaseSync>()

/** Whether these are books folded in memory (nothing to close or to reopen: they live as long as they are read). */
export const isInMemory = (database: DatabaseSync): boolean => inMemory.has(database)

/**
 * Books in memory (`:memory:`, the same schema) holding `lines` folded: where the app reads sales it cannot read from
 * the file itself, so every question has one way to be asked.
 */
function booksInMemory(lines: Iterable<string>) {
  const database = openBooksDatabase(':memory:')
  inMemory.add(database)
  const appender = createRowAppender(database)
  appender.inTransaction((append) => {
    const environmentOf = new Map<string, string | null>()
    for (const line of lines) {
      const event = parseJournalLine(line)
      if (event === null && !isLineOfNewerVersion(line)) {
        // Damage is counted by the fold, which needs only the line; the columns are the journal's own business.
        append({ at: '', type: 'unreadable', reference: null, environment: null, line })
        continue
      }
      const row = journalRowOf(line, event, (reference) => environmentOf.get(reference) ?? null)
      if (row.type === 'creating' && row.reference !== null && !environmentOf.has(row.reference))
        environmentOf.set(row.reference, row.environment)
      append(row)
    }
  })
  return { database, damagedRows: appender.unreadableRows() }
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

/** Whether the read-only books carry a `sales` table folded up to their last row (written by this version). */
function salesTableCurrent(database: DatabaseSync): boolean {
  const table = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sales'").get()
  if (table === undefined) return false
  const last = Number(
    (database.prepare('SELECT max(seq) AS seq FROM journal').get() as { seq: number | null }).seq ?? 0
  )
  return last <= Number(metaValue(database, SALES_FOLDED_KEY) ?? 0)
}

function readOnlyBooks(databasePath: string): Pick<OpenedBooks, 'reader' | 'quarantined' | 'importDue'> {
  const quarantinedOf = (count: number, file: string) => (count > 0 ? { count, file } : null)
  if (isThere(databasePath)) {
    const database = openBooksReadOnly(databasePath)
    let handedOn = false
    try {
      const rows = journalRowCount(database)
      const migrated = metaValue(database, MIGRATED_KEY) !== undefined
      if (rows > 0 || migrated || !isThere(jsonlJournalBeside(databasePath))) {
        if (salesTableCurrent(database)) {
          handedOn = true
          const damaged = Number(metaValue(database, UNREADABLE_ROWS_KEY) ?? 0)
          return { reader: database, quarantined: quarantinedOf(damaged, databasePath), importDue: false }
        }
        const copy = booksInMemory(journalLines(database))
        return { reader: copy.database, quarantined: quarantinedOf(copy.damagedRows, databasePath), importDue: false }
      }
    } finally {
      if (!handedOn) database.close()
    }
  }
  const jsonlPath = jsonlJournalBeside(databasePath)
  if (!isThere(jsonlPath)) return { reader: booksInMemory([]).database, quarantined: null, importDue: false }
  // Not imported yet: the sales are shown from the JSONL journal, imported once the folder can be written.
  const contents = readJournal(jsonlPath)
  return {
    reader: booksInMemory(contents.goodLines).database,
    quarantined: quarantinedOf(contents.badLines.length, jsonlPath),
    importDue: true
  }
}
