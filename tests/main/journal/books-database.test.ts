import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openBooksDatabase } from '../../../src-main/journal/books-database'
import { FIRST_PREVIOUS_HASH, rowHash } from '../../../src-main/journal/row-hash'

const folders: string[] = []
const newDatabasePath = () => {
  const folder = mkdtempSync(join(tmpdir(), 'books-database-'))
  folders.push(folder)
  return join(folder, 'books.sqlite')
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('the books database', () => {
  it('keeps rows as appended: UPDATE and DELETE are refused by the database itself', () => {
    const database = openBooksDatabase(newDatabasePath())
    const line = '{"type":"paid","reference":"r-1","at":"2026-12-07T10:00:00.000Z"}'
    database
      .prepare(
        'INSERT INTO journal (seq, at, type, reference, environment, line, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)'
      )
      .run(
        1,
        '2026-12-07T10:00:00.000Z',
        'paid',
        'r-1',
        'demo',
        line,
        FIRST_PREVIOUS_HASH,
        rowHash(FIRST_PREVIOUS_HASH, 1, line)
      )

    expect(() => database.exec("UPDATE journal SET line = '{}' WHERE seq = 1")).toThrow(/append-only/)
    expect(() => database.exec('DELETE FROM journal')).toThrow(/append-only/)
    expect(database.prepare('SELECT line FROM journal').all()).toEqual([{ line }])
    database.close()
  })

  it('opens in WAL mode with every commit synced', () => {
    const database = openBooksDatabase(newDatabasePath())
    expect(database.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
    // 2 = FULL
    expect(database.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 })
    database.close()
  })

  it('chains each row to the one before: another line or another place gives another hash', () => {
    const first = rowHash(FIRST_PREVIOUS_HASH, 1, 'a')
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(rowHash(FIRST_PREVIOUS_HASH, 1, 'b')).not.toBe(first)
    expect(rowHash(FIRST_PREVIOUS_HASH, 2, 'a')).not.toBe(first)
    expect(rowHash(first, 2, 'a')).not.toBe(rowHash(FIRST_PREVIOUS_HASH, 2, 'a'))
  })
})
