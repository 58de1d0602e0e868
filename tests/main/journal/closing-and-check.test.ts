import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { runBooksJob } from '../../../src-main/books/books-jobs'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import type { SaleEvent } from '../../../src-main/journal/sale-record'
import { verifyBooks } from '../../../src-main/journal/verify-books'
import type { JournalStatus } from '../../../src-preload/contract'
import { booksAtTestSecPaid, journalSale } from '../../support/books-setup'
import { openDemoBackend } from '../../support/demo-backend'
import { until } from '../../support/wait'

const DAY = '2026-11-02'
const noon = new Date(Date.parse(`${DAY}T11:00:00Z`)).toISOString()

describe('the day close’s closing row', () => {
  const bench = booksAtTestSecPaid('counter-closing-row-')

  it('is appended after the sales it counted, with its totals; its hash is the head shown; the check covers it', async () => {
    const created = await bench.client.createLink({ amountCents: 1234, recipientNote: 'A-1 note' })
    if (!created.ok) throw new Error(created.error.message)
    journalSale(bench.journal, {
      reference: 'A-1',
      amountCents: 1234,
      at: noon,
      linkId: created.value.id,
      payLink: created.value.payLink,
      paidAt: noon
    })
    const salesBefore = bench.journal.allEnvironments()
    const report = await bench.books.dayClose({ from: DAY, to: DAY })
    if (!report.ok) throw new Error(report.error.code)

    const books = new DatabaseSync(bench.booksPath, { readOnly: true })
    const last = books
      .prepare('SELECT seq, type, reference, line, hash FROM journal ORDER BY seq DESC LIMIT 1')
      .get() as {
      seq: number
      type: string
      reference: string | null
      line: string
      hash: string
    }
    books.close()
    expect(last).toMatchObject({ seq: 4, type: 'day_closed', reference: null })
    expect(JSON.parse(last.line)).toMatchObject({
      from: DAY,
      to: DAY,
      totals: report.value.totals,
      refunds: report.value.refunds
    })
    expect(report.value.chainHead).toEqual({ rows: 4, head: last.hash })
    // No sale changed: the fold passes the closing row by, and the books count no damage.
    expect(bench.journal.allEnvironments()).toEqual(salesBefore)
    expect(bench.journal.status()).toMatchObject({ writable: true, quarantined: null })
    expect(verifyBooks(dirname(bench.booksPath))).toMatchObject({ ok: true, rows: 4, head: last.hash })

    // Its totals changed afterwards (a raw write past the triggers): the check names the row.
    const raw = new DatabaseSync(bench.booksPath)
    raw.exec('DROP TRIGGER journal_rows_are_never_updated')
    raw.exec(`UPDATE journal SET line = replace(line, '"cents":1234', '"cents":123') WHERE seq = 4`)
    raw.close()
    expect(verifyBooks(dirname(bench.booksPath))).toMatchObject({
      ok: false,
      problem: { code: 'row_mismatch', seq: 4 }
    })
  })
})

describe('PRAGMA quick_check of big books, after start on the books worker', () => {
  let folder: string
  let booksPath: string
  const creating = (reference: string): SaleEvent => ({
    type: 'creating',
    reference,
    amountCents: 500,
    note: 'x'.repeat(300),
    at: new Date().toISOString()
  })
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-quick-check-'))
    booksPath = join(folder, 'books.sqlite')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('lets sound books take sales at once, and keeps them open when the check finds nothing', () => {
    const first = openSaleJournal(booksPath)
    for (let n = 1; n <= 30; n += 1) first.appendDurably(creating(`R${n}`))
    first.close()
    const journal = openSaleJournal(booksPath, { syncQuickCheckMaxBytes: 0 })
    expect(journal.quickCheckDue()).toBe(true)
    const done = runBooksJob({ kind: 'quick_check', dataFolder: folder })
    expect(done).toEqual({ kind: 'quick_check', findings: null })
    journal.quickCheckDone(null)
    expect(journal.quickCheckDue()).toBe(false)
    expect(journal.appendDurably(creating('R31')).ok).toBe(true)
    journal.close()
  })

  it('blocks the books with the check’s findings when it finds damage after start', () => {
    const first = openSaleJournal(booksPath)
    for (let n = 1; n <= 200; n += 1) first.appendDurably(creating(`R${n}`))
    first.close()
    // The last page torn by a failing disk (an index page of the sales table: nothing start reads).
    const pages = statSync(booksPath).size / 4096
    const fd = openSync(booksPath, 'r+')
    writeSync(fd, Buffer.from([0x0d, 0xff, 0xff, 0xff, 0xff]), 0, 5, (pages - 1) * 4096)
    closeSync(fd)

    const journal = openSaleJournal(booksPath, { syncQuickCheckMaxBytes: 0 })
    expect(journal.status()).toMatchObject({ writable: true, problem: null })
    const statuses: unknown[] = []
    journal.onStatusChange((status) => statuses.push(status))
    const done = runBooksJob({ kind: 'quick_check', dataFolder: folder })
    if (done.kind !== 'quick_check' || done.findings === null) throw new Error('the check found nothing')
    journal.quickCheckDone(done.findings)
    expect(journal.status()).toMatchObject({
      writable: false,
      problem: { code: 'damaged', file: booksPath, findings: done.findings }
    })
    expect(statuses).toHaveLength(1)
    expect(journal.appendDurably(creating('R201')).ok).toBe(false)
    journal.close()
  })

  it('runs from the backend after start: the app starts on big books, then the damage blocks Charge', async () => {
    const first = openSaleJournal(booksPath)
    for (let n = 1; n <= 200; n += 1) first.appendDurably(creating(`R${n}`))
    first.close()
    const pages = statSync(booksPath).size / 4096
    const fd = openSync(booksPath, 'r+')
    writeSync(fd, Buffer.from([0x0d, 0xff, 0xff, 0xff, 0xff]), 0, 5, (pages - 1) * 4096)
    closeSync(fd)

    const till = await openDemoBackend({ booksPath, testing: { syncQuickCheckMaxBytes: 0 } })
    try {
      // Checked on the books job runner once the backend is up (here on this thread, in the app a worker thread).
      await until(async () => {
        const answer = await till.call<JournalStatus>('journalStatus', {})
        return answer.ok && answer.value.problem?.code === 'damaged'
      })
      expect(await till.call<JournalStatus>('journalStatus', {})).toMatchObject({
        ok: true,
        value: { writable: false, problem: { code: 'damaged', file: booksPath } }
      })
    } finally {
      await till.close()
    }
  })
})
