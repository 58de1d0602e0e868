import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { isLineOfNewerVersion, parseJournalLine } from '../../../src-main/journal/journal-line-schema'
import { quarantinePathOf } from '../../../src-main/journal/journal-quarantine'
import { FIRST_PREVIOUS_HASH, rowHash } from '../../../src-main/journal/row-hash'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { saleDay } from '../../../src-main/sale/sale-reference'
import { summarizeDay } from '../../../src-main/sale/sales-summary'
import type { Environment } from '../../../src-preload/contract'
import { journalRows } from '../../support/journal-rows'
import { openJsonlJournal } from '../../support/jsonl-journal'

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute)).toISOString()
const ENVIRONMENTS: Environment[] = ['demo', 'development', 'production']

/**
 * A journal as the version before the books database wrote it, through its own writer: sales in every environment
 * and one from before environments were recorded, paid, cancelled, failed and refunded ones, a newer version's line,
 * and lines a crash or an editor damaged.
 */
function writePreviousVersionJournal(jsonlPath: string): void {
  const journal = openJsonlJournal(jsonlPath)
  const write = (event: Parameters<typeof journal.appendDurably>[0]) => {
    if (!journal.appendDurably(event)) throw new Error('not written')
  }
  let linkId = 100
  ENVIRONMENTS.forEach((environment, envIndex) => {
    for (let n = 1; n <= 4; n += 1) {
      const reference = `${environment}-${n}`
      write({
        type: 'creating',
        reference,
        amountCents: 100 * n + envIndex,
        note: `Table ${n}`,
        at: at(n),
        environment
      })
      linkId += 1
      write({ type: 'created', reference, linkId, payLink: `https://p/${linkId}`, qrImg: null, at: at(n) })
      if (n === 1) write({ type: 'paid', reference, at: at(n + 1) })
      if (n === 2) write({ type: 'cancelled', reference, at: at(n + 1) })
      if (n === 3) {
        write({ type: 'paid', reference, at: at(n + 1) })
        write({ type: 'refund_requested', reference, amountCents: 50, full: false, at: at(n + 2) })
        write({
          type: environment === 'demo' ? 'refund_sent' : 'refund_refused',
          reference,
          at: at(n + 3),
          ...(environment === 'demo' ? {} : { refusal: { code: 'refund_blocked_dispute' as const } })
        } as Parameters<typeof journal.appendDurably>[0])
      }
    }
  })
  write({ type: 'creating', reference: 'old-1', amountCents: 777, note: '', at: at(20) })
  write({ type: 'failed', reference: 'old-1', failure: { code: 'timeout', seconds: 15 }, at: at(21) })
  journal.appendRawLine(JSON.stringify({ type: 'refund_approved', reference: 'demo-1', at: at(30), by: 'secpaid' }))
  journal.appendRawLine('{"type":"paid","reference":"demo-4"')
  journal.appendRawLine(JSON.stringify({ type: 'creating', reference: 'X', amountCents: -5, note: '', at: at(31) }))
  journal.close()
}

describe('the first start imports the JSONL journal of the version before, once', () => {
  let folder: string
  let jsonlPath: string
  let booksPath: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-import-'))
    jsonlPath = join(folder, 'sales-journal.jsonl')
    booksPath = join(folder, 'books.sqlite')
    writePreviousVersionJournal(jsonlPath)
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('imports every good line verbatim as a chained row, sets bad ones aside and archives the original', () => {
    const original = readFileSync(jsonlPath, 'utf8')
    const lines = original.split('\n').filter((line) => line !== '')
    const good = lines.filter((line) => parseJournalLine(line) !== null || isLineOfNewerVersion(line))
    const before = openJsonlJournal(jsonlPath)
    before.close()

    const journal = openSaleJournal(booksPath, { now: () => new Date(at(40)) })
    journal.close()

    const rows = journalRows(booksPath)
    expect(rows.map((row) => row.line)).toEqual(good)
    expect(rows.map((row) => row.seq)).toEqual(good.map((_, index) => index + 1))
    rows.forEach((row, index) => {
      const previousHash = index === 0 ? FIRST_PREVIOUS_HASH : rows[index - 1]!.hash
      expect(row.prev_hash).toBe(previousHash)
      expect(row.hash).toBe(rowHash(previousHash, row.seq, row.line))
    })
    // Every later line of a sale carries its environment in the row, as its `creating` line did.
    expect(rows.filter((row) => row.reference === 'development-3').map((row) => row.environment)).toEqual(
      Array(5).fill('development')
    )
    expect(rows.find((row) => row.reference === 'old-1')?.environment).toBeNull()

    // The same sales, in every environment, and the same totals per environment.
    expect(journal.allEnvironments()).toEqual(before.index.all())
    for (const environment of ENVIRONMENTS) {
      const reopened = openSaleJournal(booksPath, { environment: () => environment })
      reopened.close()
      expect(summarizeDay(reopened.all(), saleDay(new Date(at(0))))).toEqual(
        summarizeDay(before.index.all(environment), saleDay(new Date(at(0))))
      )
    }

    const quarantinePath = quarantinePathOf(jsonlPath)
    expect(journal.status()).toMatchObject({ writable: true, quarantined: { count: 2, file: quarantinePath } })
    expect(readFileSync(quarantinePath, 'utf8')).toContain(
      '"text":"{\\"type\\":\\"paid\\",\\"reference\\":\\"demo-4\\""'
    )
    expect(existsSync(jsonlPath)).toBe(false)
    expect(readFileSync(`${jsonlPath}.migrated-2026-12-07`, 'utf8')).toBe(original)
  })

  it('never imports twice: not at the next start, nor when the original is put back', () => {
    openSaleJournal(booksPath).close()
    const imported = journalRows(booksPath)
    openSaleJournal(booksPath).close()
    const archived = readdirSync(folder).find((name) => name.startsWith('sales-journal.jsonl.migrated-'))!
    renameSync(join(folder, archived), jsonlPath)
    const again = openSaleJournal(booksPath)
    again.close()
    expect(journalRows(booksPath)).toEqual(imported)
    expect(again.status()).toMatchObject({ writable: true, quarantined: null, problem: null })
  })

  it('a journal that cannot be read is not imported: the app says why, records nothing, changes nothing', () => {
    rmSync(jsonlPath)
    // A folder where the file should be: it exists, and reading it fails.
    mkdirSync(jsonlPath)
    const journal = openSaleJournal(booksPath)
    expect(journal.status()).toEqual({
      writable: false,
      errno: null,
      unwrittenLines: 0,
      quarantined: null,
      problem: { code: 'import_failed', reason: 'unreadable', file: jsonlPath }
    })
    expect(journal.appendDurably({ type: 'creating', reference: 'N1', amountCents: 1, note: '', at: at(50) }).ok).toBe(
      false
    )
    journal.close()
    expect(journalRows(booksPath)).toEqual([])
    expect(existsSync(jsonlPath)).toBe(true)
  })

  it('rows are append-only: the database refuses an UPDATE or DELETE of an imported row', () => {
    openSaleJournal(booksPath).close()
    const database = new DatabaseSync(booksPath)
    try {
      expect(() => database.exec("UPDATE journal SET line = '{}' WHERE seq = 1")).toThrow(/append-only/)
      expect(() => database.exec('DELETE FROM journal WHERE seq = 1')).toThrow(/append-only/)
    } finally {
      database.close()
    }
    expect(journalRows(booksPath)[0]?.line).toContain('"reference":"demo-1"')
  })
})
