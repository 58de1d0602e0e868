import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { type AuditExportResult, exportForAudit } from '../journal/audit-export/export-audit'
import { BOOKS_DATABASE_FILE } from '../journal/books-database'
import { isNotADatabase, openBooksReadOnly, quickCheckFindings } from '../journal/books-store'
import { loadSqlite } from '../journal/sqlite-module'
import { type BooksCheck, verifyBooks } from '../journal/verify-books'

/**
 * The long reads of the books (seconds on ten years), as plain data so a worker thread can run them: the chain check
 * of a data folder, and the export of a period for a tax audit.
 */
export type BooksJob =
  | { kind: 'verify'; dataFolder: string }
  /** `PRAGMA quick_check` of books too big to check before the first sale (books-opening.ts). */
  | { kind: 'quick_check'; dataFolder: string }
  | {
      kind: 'export'
      dataFolder: string
      from: string
      to: string
      folder: string
      /** The export's moment (index.xml names it), as ISO text: a function cannot cross to a worker. */
      at: string
      supplier?: { name: string; location: string }
    }

export type BooksJobResult =
  | { kind: 'verify'; check: BooksCheck }
  | { kind: 'quick_check'; findings: string | null }
  | { kind: 'export'; result: AuditExportResult | 'no_database' }

/** Runs one job on a read-only connection of its own, on whichever thread calls it. */
export function runBooksJob(job: BooksJob): BooksJobResult {
  if (job.kind === 'verify') return { kind: 'verify', check: verifyBooks(job.dataFolder) }
  const path = join(job.dataFolder, BOOKS_DATABASE_FILE)
  if (job.kind === 'quick_check') return { kind: 'quick_check', findings: quickCheckOf(path) }
  if (!existsSync(path)) return { kind: 'export', result: 'no_database' }
  const database = new (loadSqlite().DatabaseSync)(path, { readOnly: true })
  try {
    const { from, to, folder, supplier } = job
    const at = new Date(job.at)
    return {
      kind: 'export',
      result: exportForAudit(database, { from, to, folder, now: () => at, ...(supplier ? { supplier } : {}) })
    }
  } finally {
    database.close()
  }
}

/** The books' `PRAGMA quick_check` on a connection of its own: null when sound (or gone: nothing to check). */
function quickCheckOf(path: string): string | null {
  if (!existsSync(path)) return null
  let database
  try {
    database = openBooksReadOnly(path)
  } catch (error) {
    if (isNotADatabase(error)) return (error as Error).message
    throw error
  }
  try {
    return quickCheckFindings(database)
  } finally {
    database.close()
  }
}
