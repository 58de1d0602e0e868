// Generated trading histories for the books benchmark: the same status changes written both as the JSONL journal of
// the versions before the books database and as that database's rows (chained as the app chains them).
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'

import { openBooksDatabase } from '../../src-main/journal/books-database'
import { createRowAppender, type JournalRowInput } from '../../src-main/journal/books-store'
import { closingRowOf } from '../../src-main/journal/day-close-row'
import { seededRandom } from './stats'

/** About a busy shop's year: ~300 sales a day, ~3 rows each (creating, created, paid), refunds now and then. */
export const ROWS_PER_YEAR = 330_000
const TILLS = ['k7q2m', 'p3x9a', 'r5t1c']
const NOTES = ['table 4', 'Kaffee', 'Zimmer 12', 'takeaway', 'Grüner Tee', '']
const BATCH_ROWS = 20_000

/** Bumped whenever what `generateHistory` writes changes: a cached history of another version is written anew. */
export const GENERATOR_VERSION = 3

export interface GeneratedHistory {
  rows: number
  sales: number
  jsonlPath: string
  booksPath: string
}

/**
 * The history of `years` from `cacheRoot` (test-output/bench-books), generated there once per generator version:
 * ten years take minutes to write. Callers copy what they change.
 */
export function cachedHistory(cacheRoot: string, years: number): GeneratedHistory {
  const folder = join(cacheRoot, `g${GENERATOR_VERSION}-${years}y`)
  const marker = join(folder, 'generated.json')
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as GeneratedHistory
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const history = generateHistory(folder, years)
  writeFileSync(marker, JSON.stringify(history))
  return history
}

/**
 * Writes `years` of trade ending now, line for row: `jsonl/sales-journal.jsonl` and `books/books.sqlite` under
 * `folder` (apart, so the books never import the JSONL journal).
 */
export function generateHistory(folder: string, years: number): GeneratedHistory {
  mkdirSync(join(folder, 'jsonl'))
  mkdirSync(join(folder, 'books'))
  const jsonlPath = join(folder, 'jsonl', 'sales-journal.jsonl')
  const booksPath = join(folder, 'books', 'books.sqlite')
  const targetRows = Math.round(years * ROWS_PER_YEAR)
  const database = openBooksDatabase(booksPath)
  const appender = createRowAppender(database)
  const jsonl = openSync(jsonlPath, 'w')
  const random = seededRandom(17)
  const days = Math.max(1, Math.round(years * 365))
  const start = Date.now() - days * 86_400_000
  const step = (days * 86_400_000) / Math.max(1, Math.ceil(targetRows / 3.1))
  let pending: JournalRowInput[] = []
  let text: string[] = []
  let rows = 0
  const flush = () => {
    appender.inTransaction((append) => pending.forEach(append))
    writeSync(jsonl, text.join(''))
    pending = []
    text = []
  }
  const row = (event: Record<string, unknown> & { type: string; reference: string; at: string }, env: string) => {
    const line = JSON.stringify(event)
    pending.push({ at: event.at, type: event.type, reference: event.reference, environment: env, line })
    text.push(`${line}\n`)
    rows += 1
    if (pending.length >= BATCH_ROWS) flush()
  }
  let sales = 0
  let closedDay = ''
  try {
    for (let sale = 0; rows < targetRows; sale += 1) {
      sales += 1
      const time = start + sale * step
      const at = new Date(time).toISOString()
      // The day close of the day before, as the owner runs it each evening: a closing row in the books only.
      const today = at.slice(0, 10)
      if (closedDay !== '' && closedDay !== today) {
        const totals = { count: 0, cents: 0 }
        pending.push(
          closingRowOf({
            from: closedDay,
            to: closedDay,
            at,
            environment: 'production',
            totals: { paid: totals, waiting: totals, cancelled: totals, failed: totals },
            refunds: { requested: totals, sent: totals }
          })
        )
      }
      closedDay = today
      const later = (seconds: number) => new Date(time + seconds * 1000).toISOString()
      const till = TILLS[sale % TILLS.length]!
      const day = at.slice(0, 10).replaceAll('-', '')
      const reference = `POS-${till}-${day}-${String(sale).padStart(7, '0')}`
      const draw = random()
      const environment = draw < 0.93 ? 'production' : draw < 0.98 ? 'demo' : 'development'
      const amountCents = 100 + Math.floor(random() * 20_000)
      const note = NOTES[sale % NOTES.length]!
      const sequence = { till, day, seq: (sale % 400) + 1 }
      row({ type: 'creating', reference, amountCents, note, at, sequence, environment }, environment)
      const outcome = random()
      if (outcome < 0.03) {
        row({ type: 'failed', reference, failure: { code: 'timeout', seconds: 15 }, at: later(15) }, environment)
        continue
      }
      const linkId = sale + 1
      row(
        { type: 'created', reference, linkId, payLink: `https://p/${linkId}`, qrImg: null, at: later(1) },
        environment
      )
      if (outcome < 0.12) {
        row({ type: 'cancelled', reference, at: later(90) }, environment)
        continue
      }
      row({ type: 'paid', reference, at: later(40) }, environment)
      if (random() < 0.02) {
        row({ type: 'refund_requested', reference, amountCents, full: true, at: later(3600) }, environment)
        row({ type: 'refund_sent', reference, at: later(3601) }, environment)
      }
    }
    if (pending.length > 0) flush()
  } finally {
    closeSync(jsonl)
    database.close()
  }
  return { rows, sales, jsonlPath, booksPath }
}
