import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import { pathToFileURL } from 'node:url'

import type { ChainHead } from './books-head'
import { errnoOf } from './durable-file'
import { FIRST_PREVIOUS_HASH, rowHash } from './row-hash'
import { createSalesDeriver, type SalesDeriver } from './sales-table'
import { loadSqlite } from './sqlite-module'

/** One status change as the journal table stores it: `line` is the JSON line exactly as written. */
export interface JournalRowInput {
  at: string
  type: string
  reference: string | null
  environment: string | null
  line: string
}

export type RowWrite = { ok: true } | { ok: false; errno: string | null }

// SQLite's primary result codes the journal tells apart (the low byte of an extended code).
const SQLITE_CORRUPT = 11
const SQLITE_FULL = 13
const SQLITE_NOTADB = 26

const primaryCode = (error: unknown): number | null => {
  const code = (error as { errcode?: unknown } | null)?.errcode
  return typeof code === 'number' ? code & 0xff : null
}

/** Whether SQLite refused the file itself: not a database, or one damaged past reading. */
export const isNotADatabase = (error: unknown): boolean => {
  const code = primaryCode(error)
  return code === SQLITE_NOTADB || code === SQLITE_CORRUPT
}

/**
 * The operating system's name for why the books could not be written, as the journal's status reports it: SQLite
 * says "full" or "cannot open / read-only / I/O error" in its own codes, so the folder itself is asked which it is.
 */
export function errnoOfWriteFailure(error: unknown, databasePath: string): string | null {
  if (primaryCode(error) === SQLITE_FULL) return 'ENOSPC'
  const own = errnoOf(error)
  if (own !== null && !own.startsWith('ERR_')) return own
  try {
    accessSync(dirname(databasePath), constants.W_OK)
    if (existsSync(databasePath)) accessSync(databasePath, constants.W_OK)
    return null
  } catch (probe) {
    return errnoOf(probe)
  }
}

/**
 * The books opened for reading only (a read-only folder): WAL needs its `-shm` file, which such a folder cannot get,
 * so a database without a pending WAL is opened as immutable. One whose WAL is still there is read through it.
 */
export function openBooksReadOnly(databasePath: string): DatabaseSync {
  const { DatabaseSync } = loadSqlite()
  const walPath = `${databasePath}-wal`
  const walPending = existsSync(walPath) && statSync(walPath).size > 0
  const location = walPending ? databasePath : `${pathToFileURL(databasePath).href}?immutable=1`
  return new DatabaseSync(location, { readOnly: true })
}

/** Every row's line, oldest first, without holding them all at once. */
export function* journalLines(database: DatabaseSync): Generator<string> {
  const rows = database.prepare('SELECT line FROM journal ORDER BY seq').iterate()
  for (const row of rows) yield (row as { line: string }).line
}

export const journalRowCount = (database: DatabaseSync): number =>
  Number((database.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }).n)

const hasSalesTable = (database: DatabaseSync): boolean =>
  database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sales'").get() !== undefined

/**
 * Appends rows to the journal table, each chained to the one before (see row-hash.ts), and folds each into the
 * `sales` table in the same transaction (sales-table.ts; rows not folded yet are folded first). The last row is read
 * inside the same write transaction, so a second process on the same folder (SQLite's lock serialises the two) can
 * never fork the chain. `onCommitted` hears the new head after each commit that wrote rows (the head witness,
 * books-head.ts). A database without the `sales` table (opened raw, not through books-database.ts) gets its rows
 * folded when the app next opens it.
 */
export function createRowAppender(database: DatabaseSync, onCommitted: (head: ChainHead) => void = () => undefined) {
  const last: StatementSync = database.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1')
  const insert: StatementSync = database.prepare(
    'INSERT INTO journal (seq, at, type, reference, environment, line, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const deriver: SalesDeriver | null = hasSalesTable(database) ? createSalesDeriver(database) : null
  let written: ChainHead | null = null
  const insertAfterLast = (row: JournalRowInput) => {
    const previous = last.get() as { seq: number; hash: string } | undefined
    const seq = Number(previous?.seq ?? 0) + 1
    const previousHash = previous?.hash ?? FIRST_PREVIOUS_HASH
    const hash = rowHash(previousHash, seq, row.line)
    insert.run(seq, row.at, row.type, row.reference, row.environment, row.line, previousHash, hash)
    deriver?.fold(seq, row.line)
    written = { seq, hash }
  }
  return {
    /** Folds the rows the `sales` table lacks (an earlier version's database), in one transaction; answers how many. */
    catchUp(): number {
      if (deriver === null || !deriver.behind()) return 0
      database.exec('BEGIN IMMEDIATE')
      try {
        const folded = deriver.catchUp()
        database.exec('COMMIT')
        return folded
      } catch (error) {
        rollbackQuietly(database)
        throw error
      }
    },
    /** Rows of the journal no version of the app wrote (damage), as counted while folding. */
    unreadableRows: (): number => deriver?.unreadableRows() ?? 0,
    /** Runs `step` in one write transaction: committed (fsynced) when it returns, rolled back when it throws. */
    inTransaction<T>(step: (append: (row: JournalRowInput) => void) => T): T {
      database.exec('BEGIN IMMEDIATE')
      written = null
      let result: T
      try {
        deriver?.catchUp()
        result = step(insertAfterLast)
        database.exec('COMMIT')
      } catch (error) {
        rollbackQuietly(database)
        throw error
      }
      if (written !== null) onCommitted(written)
      return result
    }
  }
}

export type RowAppender = ReturnType<typeof createRowAppender>

function rollbackQuietly(database: DatabaseSync): void {
  try {
    database.exec('ROLLBACK')
  } catch {
    // A full disk or I/O error during COMMIT already rolled the transaction back.
  }
}

/** `PRAGMA quick_check`: null when the database is sound, else SQLite's first findings (or why it gave up). */
export function quickCheckFindings(database: DatabaseSync): string | null {
  let findings: string[]
  try {
    findings = (database.prepare('PRAGMA quick_check(5)').all() as { quick_check: string }[]).map(
      (row) => row.quick_check
    )
  } catch (error) {
    if (isNotADatabase(error)) return (error as Error).message
    throw error
  }
  return findings.length === 1 && findings[0] === 'ok' ? null : findings.join('; ')
}

export const metaValue = (database: DatabaseSync, key: string): string | undefined =>
  (database.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value

export const setMetaValue = (database: DatabaseSync, key: string, value: string): void => {
  database.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, value)
}
