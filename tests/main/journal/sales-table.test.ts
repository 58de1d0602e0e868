import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openBooksDatabase } from '../../../src-main/journal/books-database'
import { createRowAppender } from '../../../src-main/journal/books-store'
import { parseJournalLine } from '../../../src-main/journal/journal-line-schema'
import { createSaleIndex } from '../../../src-main/journal/sale-index'
import { openSaleJournal, type SaleJournal } from '../../../src-main/journal/sale-journal'
import type { SaleEvent } from '../../../src-main/journal/sale-record'
import { SALES_FOLDED_KEY } from '../../../src-main/journal/sales-table'
import type { Environment } from '../../../src-preload/contract'
import { appendRows } from '../../support/books-rows'

/** A small deterministic generator (mulberry32): each seed is one reproducible history. */
function randomOf(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  }
}

const ENVIRONMENTS: (Environment | undefined)[] = ['demo', 'development', 'production', undefined]

/**
 * A random history: sales started in several environments and tills, links (ids that repeat across environments),
 * payments, cancellations, failures, refunds and their outcomes, in any order (lines out of order, repeated lines,
 * status changes of sales never started): whatever a journal may hold.
 */
function randomHistory(seed: number, length: number): SaleEvent[] {
  const random = randomOf(seed)
  const events: SaleEvent[] = []
  const references: string[] = []
  let clock = Date.parse('2026-03-28T20:00:00.000Z')
  for (let index = 0; index < length; index += 1) {
    clock += random.int(3) * 3_600_000 + random.int(60_000)
    const at = new Date(clock).toISOString()
    const known = references.length > 0 && random.next() < 0.75
    const reference = known ? random.pick(references) : `R-${seed}-${index}`
    const kind = known ? random.int(9) : random.next() < 0.9 ? 0 : 1 + random.int(8)
    if (kind === 0) {
      const environment = random.pick(ENVIRONMENTS)
      references.push(reference)
      events.push({
        type: 'creating',
        reference,
        amountCents: 1 + random.int(50_000),
        note: random.pick(['', 'Tisch 4', 'table 9', 'Kaffee']),
        at,
        ...(random.next() < 0.8
          ? {
              sequence: {
                till: random.pick(['aaaaa', 'bbbbb']),
                day: at.slice(0, 10).replaceAll('-', ''),
                seq: 1 + random.int(40)
              }
            }
          : {}),
        ...(environment !== undefined ? { environment } : {}),
        ...(random.next() < 0.3 ? { tipCents: random.int(100) } : {})
      })
    } else if (kind === 1 || kind === 2) {
      events.push({
        type: 'created',
        reference,
        linkId: 1 + random.int(12),
        payLink: `https://p/${reference}`,
        qrImg: null,
        at
      })
    } else if (kind === 3) events.push({ type: 'paid', reference, at })
    else if (kind === 4) events.push({ type: 'cancelled', reference, at })
    else if (kind === 5) events.push({ type: 'failed', reference, failure: { code: 'unexplained' }, at })
    else if (kind === 6)
      events.push({
        type: 'refund_requested',
        reference,
        amountCents: 1 + random.int(500),
        full: random.next() < 0.5,
        at
      })
    else if (kind === 7) events.push({ type: 'refund_sent', reference, at })
    else events.push({ type: 'refund_refused', reference, refusal: { code: 'refund_refused', secpaidMessage: '' }, at })
    // A line written twice (a retry after a failed fsync).
    if (random.next() < 0.05) events.push(events.at(-1)!)
  }
  return events
}

/**
 * What the in-memory fold of the same lines answers (as the version before folded them at each start: each line read
 * back through its schema), for every question the books' table is asked.
 */
function expectSameAnswers(journal: SaleJournal, events: readonly SaleEvent[]) {
  const index = createSaleIndex()
  for (const event of events) {
    const read = parseJournalLine(JSON.stringify(event))
    if (read !== null) index.apply(read)
  }
  expect(journal.allEnvironments()).toEqual(index.all())
  const linkIds = new Set(events.flatMap((event) => (event.type === 'created' ? [event.linkId] : [])))
  for (const linkId of [...linkIds, 999]) {
    expect(journal.byLinkIdAnywhere(linkId)).toEqual(index.byLinkId(linkId))
  }
  expect(journal.creating()).toEqual(index.creating())
  for (const till of ['aaaaa', 'bbbbb']) {
    for (const day of new Set(events.map((event) => event.at.slice(0, 10).replaceAll('-', '')))) {
      expect(journal.lastSeq(till, day)).toBe(index.lastSeq(till, day))
    }
  }
  expect(journal.awaitingPayment()).toEqual(
    index.all().filter((sale) => (sale.status === 'creating' || sale.status === 'created') && sale.linkId !== null)
  )
}

describe('the books’ sales table: the fold of the journal, kept in the same transaction', () => {
  let folder: string
  let booksPath: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-sales-table-'))
    booksPath = join(folder, 'books.sqlite')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('equals the fold of the journal after random histories, appended by the app or written by another process', () => {
    for (const seed of [1, 2, 3, 4]) {
      const path = join(folder, `books-${seed}.sqlite`)
      const events = randomHistory(seed, 160)
      const journal = openSaleJournal(path)
      // Half by the app, row by row; the other half by another process, folded when the app next writes or opens.
      const half = events.length / 2
      for (const event of events.slice(0, half)) journal.append(event)
      const outside = openBooksDatabase(path)
      appendRows(outside, events.slice(half, -10))
      outside.close()
      for (const event of events.slice(-10)) journal.append(event)
      expectSameAnswers(journal, events)
      journal.close()
      const reopened = openSaleJournal(path)
      expectSameAnswers(reopened, events)
      reopened.close()
    }
    // Each of the app's rows is a commit with fsync: seconds on a busy disk.
  }, 60_000)

  it('builds itself once from the books of the version before (no sales table), then folds only new rows', () => {
    const events = randomHistory(42, 400)
    // The previous version's books: its schema exactly (the journal, its triggers, meta), its chained rows.
    const previous = new DatabaseSync(booksPath)
    previous.exec(`PRAGMA journal_mode = WAL;
CREATE TABLE journal (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, type TEXT NOT NULL, reference TEXT, environment TEXT,
  line TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL) STRICT;
CREATE TRIGGER journal_rows_are_never_updated BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'journal rows are append-only'); END;
CREATE TRIGGER journal_rows_are_never_deleted BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'journal rows are append-only'); END;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;`)
    appendRows(previous, events)
    previous.close()

    const journal = openSaleJournal(booksPath)
    expectSameAnswers(journal, events)
    expect(journal.status()).toMatchObject({ writable: true, problem: null })
    journal.close()

    const books = openBooksDatabase(booksPath)
    expect(books.prepare('SELECT value FROM meta WHERE key = ?').get(SALES_FOLDED_KEY)).toEqual({
      value: String(events.length)
    })
    // A second start finds nothing left to fold.
    expect(createRowAppender(books).catchUp()).toBe(0)
    books.close()
  })

  it('answers lines it could not write at once (the books locked by another writer), and drops them once written', () => {
    const journal = openSaleJournal(booksPath, { retryIntervalMs: 60_000 })
    const at = '2026-12-07T10:00:00.000Z'
    journal.appendDurably({
      type: 'creating',
      reference: 'R-1',
      amountCents: 1250,
      note: '',
      at,
      environment: 'production'
    })
    // Another writer holds the books: the app's writes time out and are kept.
    const other = new DatabaseSync(booksPath)
    other.exec('PRAGMA busy_timeout = 0; BEGIN IMMEDIATE')
    const link = { type: 'created', reference: 'R-1', linkId: 77, payLink: 'https://p/77', qrImg: null, at } as const
    expect(journal.append(link)).toMatchObject({ status: 'created', linkId: 77 })
    expect(journal.status()).toMatchObject({ writable: false, unwrittenLines: 1 })
    expect(journal.get('R-1')).toMatchObject({ status: 'created', linkId: 77 })
    expect(journal.byLinkId(77)?.reference).toBe('R-1')
    expect(journal.awaitingPayment().map((sale) => sale.reference)).toEqual(['R-1'])
    expect(journal.started({ limit: 5 })[0]?.sale).toMatchObject({ status: 'created' })
    const paid = { type: 'paid', reference: 'R-1', at: '2026-12-07T10:01:00.000Z' } as const
    journal.append(paid)
    expect(journal.activeIn({ startMs: Date.parse(at), endMs: Date.parse(at) + 3_600_000 })).toMatchObject([
      { status: 'paid' }
    ])
    expect(journal.awaitingPayment()).toEqual([])

    other.exec('COMMIT')
    other.close()
    // The next write flushes the kept lines first; the books answer for them from then on.
    journal.appendDurably({ type: 'creating', reference: 'R-2', amountCents: 300, note: '', at: paid.at })
    expect(journal.status()).toMatchObject({ writable: true, unwrittenLines: 0 })
    journal.close()
    const reopened = openSaleJournal(booksPath)
    expect(reopened.get('R-1')).toMatchObject({ status: 'paid', linkId: 77 })
    expect(reopened.byLinkId(77)?.reference).toBe('R-1')
    reopened.close()
  })
})
