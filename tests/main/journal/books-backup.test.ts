import { copyFileSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterEach, describe, expect, it } from 'vitest'

import { BACKUP_NAME, backupBooks } from '../../../src-main/journal/books-backup'
import { openBooksDatabase } from '../../../src-main/journal/books-database'
import { verifyChain } from '../../../src-main/journal/verify-chain'
import { appendRows, openTempBooks, paidSale, startAppending, type TempBooks } from '../../support/books-rows'

const opened: TempBooks[] = []
const newBooks = () => {
  const books = openTempBooks('books-backup-')
  opened.push(books)
  return books
}
afterEach(() => {
  for (const books of opened.splice(0)) books.remove()
})

const allRows = (database: DatabaseSync) => database.prepare('SELECT * FROM journal ORDER BY seq').all()

/** A clock that moves one second per call, from `start`. */
function ticking(start = '2026-12-07T20:00:00.000Z') {
  let at = Date.parse(start)
  return () => new Date((at += 1000))
}

describe('a backup of the books', () => {
  it('is a complete database in the chosen folder, under a temporary name until it is whole', () => {
    const books = newBooks()
    const head = appendRows(books.database, paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'))
    const target = join(books.folder, 'usb-stick')
    mkdirSync(target)

    const result = backupBooks(books.database, target, { now: () => new Date('2026-12-07T21:05:09.042Z') })

    const path = join(target, 'books-backup-20261207-210509-042.sqlite')
    expect(result).toEqual({ ok: true, at: '2026-12-07T21:05:09.042Z', path, rows: 3, head: head.hash, removed: [] })
    expect(readdirSync(target)).toEqual(['books-backup-20261207-210509-042.sqlite'])
    const copy = new DatabaseSync(path, { readOnly: true })
    expect(allRows(copy)).toEqual(allRows(books.database))
    copy.close()
  })

  it('is consistent while another process appends rows: every copy is a whole prefix whose chain verifies', async () => {
    const books = newBooks()
    appendRows(books.database, paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'))
    const target = join(books.folder, 'backups')
    mkdirSync(target)
    const appender = startAppending(books.path)
    const copies: { path: string; rows: number }[] = []
    try {
      const now = ticking()
      for (const rows of [50, 150, 300]) {
        await appender.reached(rows)
        const result = backupBooks(books.database, target, { now })
        if (!result.ok) throw new Error(`backup failed: ${result.reason}`)
        copies.push(result)
      }
    } finally {
      const left = await appender.stop()
      expect(left).toBeGreaterThanOrEqual(300)
    }

    const live = allRows(books.database)
    let before = 0
    for (const { path, rows } of copies) {
      const copy = new DatabaseSync(path, { readOnly: true })
      expect(verifyChain(copy)).toMatchObject({ ok: true, rows })
      expect(allRows(copy)).toEqual(live.slice(0, rows))
      copy.close()
      expect(rows).toBeGreaterThan(before)
      before = rows
    }
  })

  it('restores: copied back in place of the database it opens with the same rows, and its chain verifies', () => {
    const books = newBooks()
    appendRows(books.database, [
      ...paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'),
      ...paidSale('POS-2', 800, '2026-12-07T11:00:00.000Z')
    ])
    const target = join(books.folder, 'backups')
    mkdirSync(target)
    const backup = backupBooks(books.database, target)
    if (!backup.ok) throw new Error(backup.reason)
    const rowsAtBackup = allRows(books.database)
    books.database.close()

    const restoredFolder = join(books.folder, 'restored-data-folder')
    mkdirSync(restoredFolder)
    copyFileSync(backup.path, join(restoredFolder, 'books.sqlite'))
    const restored = openBooksDatabase(join(restoredFolder, 'books.sqlite'))
    expect(allRows(restored)).toEqual(rowsAtBackup)
    expect(verifyChain(restored)).toEqual({ ok: true, rows: 6, head: backup.head, hashAtSeq: null })
    // Still append-only, and the app carries on where the backup ended.
    expect(() => restored.exec('DELETE FROM journal')).toThrow(/append-only/)
    appendRows(restored, paidSale('POS-3', 500, '2026-12-07T12:00:00.000Z'))
    expect(verifyChain(restored)).toMatchObject({ ok: true, rows: 9 })
    restored.close()
  })

  it('keeps the last N (10 unless told) and removes only older backups of its own', () => {
    const books = newBooks()
    appendRows(books.database, paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'))
    const target = join(books.folder, 'backups')
    mkdirSync(target)
    writeFileSync(join(target, 'holiday-photo.jpg'), 'not ours')
    writeFileSync(join(target, 'books.sqlite'), 'not a backup name either')
    // A partial copy a crash left yesterday goes; one of another process's backup in progress stays.
    writeFileSync(join(target, '.books-backup-20261206-100000-000-77.partial'), 'left by a crash')
    utimesSync(
      join(target, '.books-backup-20261206-100000-000-77.partial'),
      new Date(Date.now() - 86_400_000),
      new Date(Date.now() - 86_400_000)
    )
    writeFileSync(join(target, '.books-backup-20261207-100000-000-78.partial'), 'being written')
    const now = ticking()
    const made: string[] = []
    for (let index = 0; index < 12; index += 1) {
      const result = backupBooks(books.database, target, { now })
      if (!result.ok) throw new Error(result.reason)
      made.push(result.path)
      if (index === 10) expect(result.removed).toEqual([made[0]])
    }
    const backups = readdirSync(target).filter((name) => BACKUP_NAME.test(name))
    expect(backups.map((name) => join(target, name))).toEqual(made.slice(2))
    expect(readdirSync(target)).toContain('holiday-photo.jpg')
    expect(readdirSync(target)).toContain('books.sqlite')
    expect(readdirSync(target).filter((name) => name.endsWith('.partial'))).toEqual([
      '.books-backup-20261207-100000-000-78.partial'
    ])

    const three = backupBooks(books.database, target, { now, keep: 3 })
    expect(three).toMatchObject({ ok: true })
    expect(readdirSync(target).filter((name) => BACKUP_NAME.test(name))).toHaveLength(3)
  })

  it('says the folder is missing (or is no folder), and writes nothing', () => {
    const books = newBooks()
    appendRows(books.database, paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'))
    expect(backupBooks(books.database, join(books.folder, 'unplugged-stick'))).toEqual({
      ok: false,
      reason: 'folder_missing'
    })
    writeFileSync(join(books.folder, 'a-file'), '')
    expect(backupBooks(books.database, join(books.folder, 'a-file'))).toEqual({ ok: false, reason: 'folder_missing' })
  })
})
