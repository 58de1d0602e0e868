import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'
import { fileURLToPath } from 'node:url'

import { openBooksDatabase } from '../../src-main/journal/books-database'
import { FIRST_PREVIOUS_HASH, rowHash } from '../../src-main/journal/row-hash'
import type { SaleEvent } from '../../src-main/journal/sale-record'

/**
 * Appends journal rows as the store does (seq after the last row, prev_hash = its hash, hash by `rowHash`), without
 * the store: the chain check, the export and the backup are tested on rows of the agreed table alone. Returns the
 * new head (seq and hash of the last row).
 */
export function appendRows(database: DatabaseSync, lines: readonly SaleEvent[]): { seq: number; hash: string } {
  const last = database.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined
  let seq = last?.seq ?? 0
  let hash = last?.hash ?? FIRST_PREVIOUS_HASH
  const insert = database.prepare(
    'INSERT INTO journal (seq, at, type, reference, environment, line, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)'
  )
  database.exec('BEGIN')
  for (const event of lines) {
    seq += 1
    const line = JSON.stringify(event)
    const previous = hash
    hash = rowHash(previous, seq, line)
    const environment = event.type === 'creating' ? (event.environment ?? null) : null
    insert.run(seq, event.at, event.type, event.reference ?? null, environment, line, previous, hash)
  }
  database.exec('COMMIT')
  return { seq, hash }
}

/** The lines of one paid sale: creating, created, paid, `minutes` apart from `at`. */
export function paidSale(
  reference: string,
  amountCents: number,
  at: string,
  extra: Partial<Extract<SaleEvent, { type: 'creating' }>> = {}
): SaleEvent[] {
  const later = (ms: number) => new Date(Date.parse(at) + ms).toISOString()
  return [
    { type: 'creating', reference, amountCents, note: '', at, ...extra },
    {
      type: 'created',
      reference,
      linkId: Number(reference.replace(/\D/g, '').slice(-6)) || 1,
      payLink: `https://pay.example/${reference}`,
      qrImg: null,
      at: later(1000)
    },
    { type: 'paid', reference, at: later(60_000) }
  ]
}

export interface TempBooks {
  folder: string
  path: string
  database: DatabaseSync
  /** Closes the database (if open) and deletes the folder. */
  remove: () => void
}

/** A books database `books.sqlite` in a fresh folder of its own. */
export function openTempBooks(prefix = 'books-'): TempBooks {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  const path = join(folder, 'books.sqlite')
  const database = openBooksDatabase(path)
  return {
    folder,
    path,
    database,
    remove: () => {
      if (database.isOpen) database.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

export interface Appender {
  /** Resolves once the other process has committed at least `rows` rows. */
  reached: (rows: number) => Promise<void>
  /** Stops it after its current row and resolves with the rows it left. */
  stop: () => Promise<number>
}

/** Another process appending rows to the database at `path` without pause, until stopped. */
export function startAppending(path: string): Appender {
  const child = spawn(
    process.execPath,
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', APPEND_PROCESS, path],
    { stdio: ['pipe', 'pipe', 'inherit'] }
  )
  let rows = 0
  const waiting: { rows: number; resolve: () => void }[] = []
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    const counts = text.trim().split('\n').map(Number)
    rows = Math.max(rows, ...counts)
    for (const waiter of waiting.filter((entry) => entry.rows <= rows)) {
      waiting.splice(waiting.indexOf(waiter), 1)
      waiter.resolve()
    }
  })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return {
    reached: (target) =>
      target <= rows ? Promise.resolve() : new Promise((resolve) => waiting.push({ rows: target, resolve })),
    stop: async () => {
      child.stdin.end('stop\n')
      await exited
      return rows
    }
  }
}

const APPEND_PROCESS = fileURLToPath(new URL('./append-process.ts', import.meta.url))
