import type { DatabaseSync } from 'node:sqlite'

import { createSearchIndex, SALES_SCHEMA } from './sales-table'
import { loadSqlite } from './sqlite-module'

/**
 * The books' one table of record. Every status change of every sale (and every closing row) is one row, appended and
 * never changed: `line` is the JSON line as the app wrote it (or as the JSONL journal held it before the move), and
 * `hash` chains it to the row before (see `row-hash.ts`). Triggers refuse UPDATE and DELETE, so a change can only come
 * from outside the app, and then the chain shows it.
 */
const JOURNAL_SCHEMA = `
CREATE TABLE IF NOT EXISTS journal (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  type TEXT NOT NULL,
  reference TEXT,
  environment TEXT,
  line TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE TRIGGER IF NOT EXISTS journal_rows_are_never_updated BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'journal rows are append-only'); END;
CREATE TRIGGER IF NOT EXISTS journal_rows_are_never_deleted BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'journal rows are append-only'); END;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
`

/** The books' file in the data folder; `books.head` (books-head.ts) lies beside it. */
export const BOOKS_DATABASE_FILE = 'books.sqlite'

/**
 * Opens (or creates) the books database with the durability a sale needs: WAL, and every commit fsynced before it
 * returns, so a row the app acted on survives a power cut.
 */
export function openBooksDatabase(path: string): DatabaseSync {
  const database = new (loadSqlite().DatabaseSync)(path)
  try {
    database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;')
    database.exec(JOURNAL_SCHEMA)
    database.exec(SALES_SCHEMA)
    createSearchIndex(database)
    return database
  } catch (error) {
    database.close()
    throw error
  }
}
