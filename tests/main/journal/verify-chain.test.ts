import { rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterEach, describe, expect, it } from 'vitest'

import { BOOKS_HEAD_FILE, writeBooksHead } from '../../../src-main/journal/books-head'
import { FIRST_PREVIOUS_HASH, rowHash } from '../../../src-main/journal/row-hash'
import { verifyBooks } from '../../../src-main/journal/verify-books'
import { verifyChain } from '../../../src-main/journal/verify-chain'
import { appendRows, openTempBooks, paidSale, type TempBooks } from '../../support/books-rows'

const opened: TempBooks[] = []
const newBooks = () => {
  const books = openTempBooks('verify-chain-')
  opened.push(books)
  return books
}
afterEach(() => {
  for (const books of opened.splice(0)) books.remove()
})

/** Two paid sales (six rows) with the head witness written after the commit, as the store does. */
function twoSales(books: TempBooks) {
  const head = appendRows(books.database, [
    ...paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'),
    ...paidSale('POS-2', 800, '2026-12-07T11:00:00.000Z')
  ])
  writeBooksHead(books.folder, head)
  return head
}

/** Another connection to the file, as a tamperer with the sqlite3 CLI would have, with the triggers dropped. */
function rawConnection(books: TempBooks): DatabaseSync {
  const raw = new DatabaseSync(books.path)
  raw.exec('DROP TRIGGER journal_rows_are_never_updated; DROP TRIGGER journal_rows_are_never_deleted;')
  return raw
}

describe('the chain check', () => {
  it('recomputes every row and gives the row count and head of an untouched journal', () => {
    const books = newBooks()
    const head = twoSales(books)
    expect(verifyChain(books.database)).toEqual({ ok: true, rows: 6, head: head.hash, hashAtSeq: null })
    expect(verifyBooks(books.folder)).toEqual({ ok: true, rows: 6, head: head.hash, witnessSeq: 6 })
    books.database.close()
    expect(verifyBooks(books.folder)).toEqual({ ok: true, rows: 6, head: head.hash, witnessSeq: 6 })
  })

  it('passes an empty journal, with the chain start as its head', () => {
    const books = newBooks()
    expect(verifyChain(books.database)).toEqual({ ok: true, rows: 0, head: FIRST_PREVIOUS_HASH, hashAtSeq: null })
    expect(verifyBooks(books.folder)).toEqual({ ok: true, rows: 0, head: FIRST_PREVIOUS_HASH, witnessSeq: 0 })
  })

  it('names the row whose amount was edited by a raw write past the triggers', () => {
    const books = newBooks()
    twoSales(books)
    const raw = rawConnection(books)
    raw.exec(`UPDATE journal SET line = replace(line, '"amountCents":800', '"amountCents":80') WHERE seq = 4`)
    raw.close()
    expect((books.database.prepare('SELECT line FROM journal WHERE seq = 4').get() as { line: string }).line).toContain(
      '"amountCents":80,'
    )

    expect(verifyChain(books.database)).toEqual({ ok: false, seq: 4, problem: 'hash', rowsBefore: 3 })
    expect(verifyBooks(books.folder)).toEqual({
      ok: false,
      problem: { code: 'row_mismatch', seq: 4, what: 'hash', rowsBefore: 3 }
    })
  })

  it('names the next row when the edited row got a new hash of its own', () => {
    const books = newBooks()
    twoSales(books)
    const raw = rawConnection(books)
    const row = raw.prepare('SELECT prev_hash, line FROM journal WHERE seq = 4').get() as {
      prev_hash: string
      line: string
    }
    const line = row.line.replace('"amountCents":800', '"amountCents":80')
    raw.prepare('UPDATE journal SET line = ?, hash = ? WHERE seq = 4').run(line, rowHash(row.prev_hash, 4, line))
    raw.close()
    expect(verifyChain(books.database)).toEqual({ ok: false, seq: 5, problem: 'prev_hash', rowsBefore: 4 })
  })

  it('finds a removed row in the middle as a gap in the numbers', () => {
    const books = newBooks()
    twoSales(books)
    const raw = rawConnection(books)
    raw.exec('DELETE FROM journal WHERE seq = 2')
    raw.close()
    expect(verifyChain(books.database)).toEqual({ ok: false, seq: 3, problem: 'seq', rowsBefore: 1 })
  })

  it('finds a chain rewritten from the edited row on by the head the store wrote beside the database', () => {
    const books = newBooks()
    const written = twoSales(books)
    const raw = rawConnection(books)
    const rows = raw.prepare('SELECT seq, line FROM journal WHERE seq >= 4 ORDER BY seq').all() as {
      seq: number
      line: string
    }[]
    let previous = (raw.prepare('SELECT hash FROM journal WHERE seq = 3').get() as { hash: string }).hash
    for (const row of rows) {
      const line = row.line.replace('"amountCents":800', '"amountCents":80')
      const hash = rowHash(previous, row.seq, line)
      raw
        .prepare('UPDATE journal SET line = ?, prev_hash = ?, hash = ? WHERE seq = ?')
        .run(line, previous, hash, row.seq)
      previous = hash
    }
    raw.close()

    expect(verifyChain(books.database)).toMatchObject({ ok: true, rows: 6 })
    expect(verifyBooks(books.folder)).toEqual({
      ok: false,
      problem: { code: 'head_mismatch', seq: 6, witnessHash: written.hash, rowHash: previous }
    })
  })

  it('says the tail was cut when rows at the end are gone: the head beside the database knew more', () => {
    const books = newBooks()
    twoSales(books)
    const raw = rawConnection(books)
    raw.exec('DELETE FROM journal WHERE seq > 3')
    raw.close()
    expect(verifyChain(books.database)).toMatchObject({ ok: true, rows: 3 })
    expect(verifyBooks(books.folder)).toEqual({ ok: false, problem: { code: 'tail_cut', lastSeq: 3, witnessSeq: 6 } })
  })

  it('says the database is damaged when the file itself was cut short', () => {
    const books = newBooks()
    const lines = Array.from({ length: 300 }, (_, sale) =>
      paidSale(`POS-${sale + 1}`, 100 + sale, '2026-12-07T10:00:00.000Z', { note: 'x'.repeat(200) })
    ).flat()
    writeBooksHead(books.folder, appendRows(books.database, lines))
    books.database.close()
    truncateSync(books.path, 64 * 1024)

    expect(verifyBooks(books.folder)).toMatchObject({ ok: false, problem: { code: 'damaged' } })
  })

  it('accepts a head one commit behind (the app stopped between commit and head), never one ahead', () => {
    const books = newBooks()
    const first = appendRows(books.database, paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'))
    writeBooksHead(books.folder, first)
    const second = appendRows(books.database, paidSale('POS-2', 800, '2026-12-07T11:00:00.000Z'))
    expect(verifyBooks(books.folder)).toEqual({ ok: true, rows: 6, head: second.hash, witnessSeq: 3 })
  })

  it('cannot vouch for the tail without the head file, and says so', () => {
    const books = newBooks()
    twoSales(books)
    writeFileSync(join(books.folder, BOOKS_HEAD_FILE), 'not a head')
    expect(verifyBooks(books.folder)).toEqual({ ok: false, problem: { code: 'witness_unreadable', rows: 6 } })
    truncateSync(join(books.folder, BOOKS_HEAD_FILE))
    expect(verifyBooks(books.folder)).toEqual({ ok: false, problem: { code: 'witness_unreadable', rows: 6 } })
    rmSync(join(books.folder, BOOKS_HEAD_FILE))
    expect(verifyBooks(books.folder)).toEqual({ ok: false, problem: { code: 'witness_missing', rows: 6 } })
  })

  it('says when a folder has no books database, and creates none', () => {
    const books = newBooks()
    books.remove()
    const check = verifyBooks(books.folder)
    expect(check).toEqual({ ok: false, problem: { code: 'no_database', path: books.path } })
  })

  it('says when the file is not a database', () => {
    const books = newBooks()
    books.database.close()
    writeFileSync(books.path, 'this is a shopping list, not a database '.repeat(200))
    expect(verifyBooks(books.folder)).toMatchObject({ ok: false, problem: { code: 'damaged' } })
  })
})
