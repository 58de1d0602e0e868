import { copyFileSync, existsSync, rmSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { createRowAppender } from '../../src-main/journal/books-store'
import { parseJournalLine } from '../../src-main/journal/journal-line-schema'
import { openSaleJournal } from '../../src-main/journal/sale-journal'

/** The journal's rows, oldest first, read through a connection of their own. */
export function journalRows(booksPath: string): {
  seq: number
  type: string
  reference: string | null
  environment: string | null
  line: string
  prev_hash: string
  hash: string
}[] {
  const database = new DatabaseSync(booksPath, { readOnly: true })
  try {
    return database.prepare('SELECT * FROM journal ORDER BY seq').all() as ReturnType<typeof journalRows>
  } finally {
    database.close()
  }
}

/** The journal's lines as the JSONL journal held them: one line each, in order. */
export const journalText = (booksPath: string): string =>
  journalRows(booksPath)
    .map((row) => `${row.line}\n`)
    .join('')

/** Appends JSON lines (an older version's, say) as status changes, through the journal itself. */
export function appendJournalLines(booksPath: string, text: string): void {
  const journal = openSaleJournal(booksPath)
  try {
    for (const line of text.split('\n').filter((candidate) => candidate.trim() !== '')) {
      const event = parseJournalLine(line)
      if (event === null) throw new Error(`not a journal line: ${line}`)
      if (!journal.appendDurably(event).ok) throw new Error('not written')
    }
  } finally {
    journal.close()
  }
}

/** Removes the books (database, WAL, shared memory): the folder is as a version before them left it. */
export function removeBooks(booksPath: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${booksPath}${suffix}`, { force: true })
}

/**
 * The books as a power cut would leave them while `booksPath` is open: the database and its WAL copied to `folder`,
 * the WAL cut `cutBytes` short of its end (the last commit torn). Answers the copy's path.
 */
export function booksAfterPowerCut(booksPath: string, folder: string, cutBytes: number): string {
  const copy = join(folder, 'books.sqlite')
  copyFileSync(booksPath, copy)
  if (existsSync(`${booksPath}-wal`)) {
    copyFileSync(`${booksPath}-wal`, `${copy}-wal`)
    truncateSync(`${copy}-wal`, Math.max(0, statSync(`${copy}-wal`).size - cutBytes))
  }
  return copy
}

/**
 * A row put into the journal table from outside the app (the sqlite3 tool, say), chained like the app's own: the
 * table's triggers only refuse changes to rows already there.
 */
export function insertRowFromOutside(booksPath: string, line: string): void {
  const database = new DatabaseSync(booksPath)
  try {
    createRowAppender(database).inTransaction((append) =>
      append({ at: new Date().toISOString(), type: 'unknown', reference: null, environment: null, line })
    )
  } finally {
    database.close()
  }
}
