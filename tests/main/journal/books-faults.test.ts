import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { readBooksHead } from '../../../src-main/journal/books-head'
import { rowHash } from '../../../src-main/journal/row-hash'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import type { SaleEvent } from '../../../src-main/journal/sale-record'
import { verifyBooks } from '../../../src-main/journal/verify-books'
import { journalRows } from '../../support/journal-rows'

const at = new Date().toISOString()
const creating = (reference: string, note = ''): SaleEvent => ({
  type: 'creating',
  reference,
  amountCents: 500,
  note,
  at
})

describe('books that cannot be trusted, and a second process on the same folder', () => {
  let folder: string
  let booksPath: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-books-faults-'))
    booksPath = join(folder, 'books.sqlite')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('a books.sqlite that is not a database: named in the status, charges refused, the file left as it was', () => {
    writeFileSync(booksPath, 'Kassenbuch 2026\n'.repeat(512))
    const before = readFileSync(booksPath)
    const journal = openSaleJournal(booksPath)
    expect(journal.status()).toEqual({
      writable: false,
      errno: null,
      unwrittenLines: 0,
      quarantined: null,
      problem: { code: 'not_a_database', file: booksPath }
    })
    expect(journal.appendDurably(creating('R1'))).toEqual({ ok: false, errno: null })
    journal.close()
    expect(readFileSync(booksPath).equals(before)).toBe(true)
  })

  it('damage the check at start finds is shown with its findings, and nothing is written to the file', () => {
    const journal = openSaleJournal(booksPath)
    for (let n = 1; n <= 60; n += 1) journal.appendDurably(creating(`R${n}`, 'x'.repeat(300)))
    journal.close()
    // A page of the journal table torn by a failing disk: its b-tree header overwritten.
    const fd = openSync(booksPath, 'r+')
    writeSync(fd, Buffer.from([0x0d, 0xff, 0xff, 0xff, 0xff]), 0, 5, 4 * 4096)
    closeSync(fd)
    const before = readFileSync(booksPath)

    const damaged = openSaleJournal(booksPath)
    expect(damaged.status()).toMatchObject({
      writable: false,
      errno: null,
      problem: { code: 'damaged', file: booksPath, findings: expect.stringMatching(/malformed|page/) }
    })
    expect(damaged.appendDurably(creating('R61')).ok).toBe(false)
    damaged.close()
    expect(readFileSync(booksPath).equals(before)).toBe(true)
  })

  it('waits for another process that holds the write lock (busy_timeout), then commits its row', async () => {
    const journal = openSaleJournal(booksPath)
    journal.appendDurably(creating('R1'))
    // A second process writes to the same books and holds its transaction open for a moment.
    const other = spawn(
      process.execPath,
      [
        '--no-warnings',
        '-e',
        `const { DatabaseSync } = require('node:sqlite')
         const db = new DatabaseSync(${JSON.stringify(booksPath)})
         db.exec('BEGIN IMMEDIATE')
         console.log('locked')
         setTimeout(() => { db.exec('COMMIT'); db.close() }, 300)`
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    )
    await new Promise<void>((resolve) => other.stdout.once('data', () => resolve()))
    const startedAt = Date.now()
    expect(journal.appendDurably(creating('R2')).ok).toBe(true)
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(100)
    await new Promise((resolve) => other.once('exit', resolve))
    journal.close()
    expect(journalRows(booksPath).map((row) => row.reference)).toEqual(['R1', 'R2'])
  })

  it('books.head follows every commit, so the folder verifies with its end vouched for', () => {
    const journal = openSaleJournal(booksPath)
    expect(journal.appendDurably(creating('H1')).ok).toBe(true)
    journal.append({ type: 'created', reference: 'H1', linkId: 9, payLink: 'https://p/9', qrImg: null, at })
    expect(readBooksHead(folder)).toEqual({ seq: 2, hash: journalRows(booksPath)[1]!.hash })
    journal.close()
    expect(verifyBooks(folder)).toEqual({ ok: true, rows: 2, head: journalRows(booksPath)[1]!.hash, witnessSeq: 2 })
  })

  it('two journals open on the same books append to one chain, never forking it', () => {
    const first = openSaleJournal(booksPath)
    const second = openSaleJournal(booksPath)
    expect(first.appendDurably(creating('A1')).ok).toBe(true)
    expect(second.appendDurably(creating('B1')).ok).toBe(true)
    expect(first.appendDurably(creating('A2')).ok).toBe(true)
    first.close()
    second.close()
    const rows = journalRows(booksPath)
    expect(rows.map((row) => [row.seq, row.reference])).toEqual([
      [1, 'A1'],
      [2, 'B1'],
      [3, 'A2']
    ])
    for (const [index, row] of rows.entries()) {
      if (index > 0) expect(row.prev_hash).toBe(rows[index - 1]!.hash)
      expect(row.hash).toBe(rowHash(row.prev_hash, row.seq, row.line))
    }
  })
})
