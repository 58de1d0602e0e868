import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterEach, describe, expect, it } from 'vitest'

import { backupBooks } from '../../../src-main/journal/books-backup'
import { openBooksDatabase } from '../../../src-main/journal/books-database'
import { readBooksHead, writeBooksHead } from '../../../src-main/journal/books-head'
import { restoreBooks } from '../../../src-main/journal/books-restore'
import { verifyBooks } from '../../../src-main/journal/verify-books'
import { appendRows, openTempBooks, paidSale, type TempBooks } from '../../support/books-rows'

const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..')
const opened: TempBooks[] = []
afterEach(() => {
  for (const books of opened.splice(0)) books.remove()
})

const allRows = (database: DatabaseSync) => database.prepare('SELECT * FROM journal ORDER BY seq').all()

/** A data folder whose books went on after a backup was taken: the backup, the rows it holds, the folder. */
function booksAheadOfTheirBackup() {
  const books = openTempBooks('books-restore-')
  opened.push(books)
  writeBooksHead(books.folder, appendRows(books.database, paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z')))
  const backups = join(books.folder, 'backups')
  mkdirSync(backups)
  const backup = backupBooks(books.database, backups)
  if (!backup.ok) throw new Error(backup.reason)
  const rowsAtBackup = allRows(books.database)
  writeBooksHead(books.folder, appendRows(books.database, paidSale('POS-2', 800, '2026-12-07T11:00:00.000Z')))
  books.database.close()
  return { books, backup, rowsAtBackup }
}

describe('restoring a backup', () => {
  it('puts the backup in place, sets the replaced books aside, and the folder verifies', () => {
    const { books, backup, rowsAtBackup } = booksAheadOfTheirBackup()

    const result = restoreBooks(backup.path, books.folder, { now: () => new Date('2026-12-08T07:00:00.000Z') })

    const aside = join(books.folder, 'books-replaced-2026-12-08T07-00-00-000Z')
    expect(result).toEqual({ ok: true, rows: 3, head: backup.head, setAside: aside })
    expect(readdirSync(aside).sort()).toEqual(['books.head', 'books.sqlite'])
    expect(readBooksHead(books.folder)).toEqual({ seq: 3, hash: backup.head })
    expect(verifyBooks(books.folder)).toEqual({ ok: true, rows: 3, head: backup.head, witnessSeq: 3 })
    const restored = openBooksDatabase(join(books.folder, 'books.sqlite'))
    expect(allRows(restored)).toEqual(rowsAtBackup)
    restored.close()
    // Nothing is lost: the replaced books still hold all six rows and verify on their own.
    expect(verifyBooks(aside)).toMatchObject({ ok: true, rows: 6 })
  })

  it('refuses a backup that does not verify or is no database, and leaves the books as they were', () => {
    const { books, backup } = booksAheadOfTheirBackup()
    const raw = new DatabaseSync(backup.path)
    raw.exec('DROP TRIGGER journal_rows_are_never_updated')
    raw.exec(`UPDATE journal SET line = replace(line, '1250', '125') WHERE seq = 1`)
    raw.close()
    expect(restoreBooks(backup.path, books.folder)).toEqual({ ok: false, reason: 'backup_broken' })
    const notABackup = join(books.folder, 'backups', 'notes.sqlite')
    writeFileSync(notABackup, 'shopping list '.repeat(100))
    expect(restoreBooks(notABackup, books.folder)).toEqual({ ok: false, reason: 'backup_unreadable' })
    expect(verifyBooks(books.folder)).toMatchObject({ ok: true, rows: 6 })
  })

  it('runs as npm run restore-books -- <backup> <data folder>', () => {
    const { books, backup } = booksAheadOfTheirBackup()
    const run = spawnSync(
      process.execPath,
      ['scripts/launch.mjs', 'scripts/restore-books.ts', backup.path, books.folder],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 30_000
      }
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`^restored: 3 rows, head ${backup.head}\nthe books it replaced are in `))
    const verify = spawnSync(process.execPath, ['scripts/launch.mjs', 'scripts/verify-journal.ts', books.folder], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(verify.stdout).toMatch(/^ok: 3 rows/)
    expect(verify.status).toBe(0)
  })
})
