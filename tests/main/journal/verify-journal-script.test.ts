import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterEach, describe, expect, it } from 'vitest'

import { BOOKS_HEAD_FILE, writeBooksHead } from '../../../src-main/journal/books-head'
import { appendRows, openTempBooks, paidSale, type TempBooks } from '../../support/books-rows'

const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..')

/** `npm run verify-journal -- <folder>` as the owner types it: the launcher, then the script in its own Node. */
function verifyJournal(folder: string) {
  const run = spawnSync(process.execPath, ['scripts/launch.mjs', 'scripts/verify-journal.ts', folder], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 30_000
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const opened: TempBooks[] = []
afterEach(() => {
  for (const books of opened.splice(0)) books.remove()
})

function closedBooksWithTwoSales(): TempBooks & { head: string } {
  const books = openTempBooks('verify-journal-script-')
  opened.push(books)
  const head = appendRows(books.database, [
    ...paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'),
    ...paidSale('POS-2', 800, '2026-12-07T11:00:00.000Z')
  ])
  writeBooksHead(books.folder, head)
  books.database.close()
  return { ...books, head: head.hash }
}

describe('npm run verify-journal', () => {
  it('prints ok with the rows and the head, and exits 0', () => {
    const books = closedBooksWithTwoSales()
    const run = verifyJournal(books.folder)
    expect(run).toEqual({
      code: 0,
      stdout: `ok: 6 rows, head ${books.head} (short ${books.head.slice(0, 12)})\n`,
      stderr: ''
    })
  })

  it('names the first row that does not match, and exits 1', () => {
    const books = closedBooksWithTwoSales()
    const raw = new DatabaseSync(books.path)
    raw.exec('DROP TRIGGER journal_rows_are_never_updated')
    raw.exec(`UPDATE journal SET line = replace(line, '"amountCents":1250', '"amountCents":125') WHERE seq = 1`)
    raw.close()
    const run = verifyJournal(books.folder)
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      'NOT OK: row 1 does not match: its content does not match its hash (the row was changed); the 0 rows before it verify\n'
    )
  })

  it('says the tail was cut, and exits 1', () => {
    const books = closedBooksWithTwoSales()
    const raw = new DatabaseSync(books.path)
    raw.exec('DROP TRIGGER journal_rows_are_never_deleted; DELETE FROM journal WHERE seq > 4')
    raw.close()
    const run = verifyJournal(books.folder)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^NOT OK: the journal ends at row 4, but the head beside it saw row 6: rows were cut/)
  })

  it('says the head file is missing, and exits 1', () => {
    const books = closedBooksWithTwoSales()
    rmSync(join(books.folder, BOOKS_HEAD_FILE))
    const run = verifyJournal(books.folder)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^NOT OK: the 6 rows chain correctly, but the head file \(books\.head\) is missing/)
  })

  it('says so for a folder without books, and exits 1; without a folder it shows the usage and exits 2', () => {
    const books = closedBooksWithTwoSales()
    rmSync(books.folder, { recursive: true })
    expect(verifyJournal(books.folder)).toMatchObject({
      code: 1,
      stderr: `NOT OK: no books database at ${books.path}\n`
    })
    const usage = spawnSync(process.execPath, ['scripts/launch.mjs', 'scripts/verify-journal.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8'
    })
    expect(usage.status).toBe(2)
    expect(usage.stderr).toMatch(/^Usage: npm run verify-journal -- <data folder | books database file>/)
  })

  it('checks a database file on its own (a backup, an archived copy), and says its end needs the recorded head', () => {
    const books = closedBooksWithTwoSales()
    const run = verifyJournal(books.path)
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      `ok: 6 rows, head ${books.head} (short ${books.head.slice(0, 12)}); a single file: compare this head with the ` +
        'one recorded when it was made, to rule out a cut end\n'
    )
    const raw = new DatabaseSync(books.path)
    raw.exec('DROP TRIGGER journal_rows_are_never_updated')
    raw.exec(`UPDATE journal SET line = replace(line, '"amountCents":800', '"amountCents":80') WHERE seq = 4`)
    raw.close()
    expect(verifyJournal(books.path)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^NOT OK: row 4 does not match/)
    })
  })

  it('runs as an npm script', () => {
    const books = closedBooksWithTwoSales()
    const run = spawnSync('npm', ['run', '--silent', 'verify-journal', '--', books.folder], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, npm_config_update_notifier: 'false' }
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^ok: 6 rows, head [0-9a-f]{64}/)
  })
})
