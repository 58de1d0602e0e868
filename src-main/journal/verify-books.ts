import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import { BOOKS_DATABASE_FILE } from './books-database'
import { readBooksHead } from './books-head'
import { loadSqlite } from './sqlite-module'
import { type RowProblem, verifyChain } from './verify-chain'

/** The books database's name in the data folder. */

export type BooksProblem =
  | { code: 'no_database'; path: string }
  /** SQLite cannot read the file (not a database, cut short, damaged); `detail` is its own words, for the log. */
  | { code: 'damaged'; detail: string }
  | { code: 'row_mismatch'; seq: number; what: RowProblem; rowsBefore: number }
  /** The chain fits but ends before the row the head witness saw: rows were cut from its end. */
  | { code: 'tail_cut'; lastSeq: number; witnessSeq: number }
  /** The row the witness saw has another hash now: the chain was rewritten from some row on. */
  | { code: 'head_mismatch'; seq: number; witnessHash: string; rowHash: string }
  /** The chain fits, but without a readable witness a cut tail could not be seen. */
  | { code: 'witness_missing'; rows: number }
  | { code: 'witness_unreadable'; rows: number }

export type BooksCheck =
  /**
   * `witnessSeq` is the row the witness vouches for: the last one, or one commit before after a crash; null for a
   * database file checked on its own (a backup, an archived copy), whose end only a recorded head can vouch for.
   */
  { ok: true; rows: number; head: string; witnessSeq: number | null } | { ok: false; problem: BooksProblem }

/**
 * Verifies one books database file on its own, read-only: a backup or an archived copy. Its chain is checked row by
 * row; whether rows were cut from its end only the head recorded with it (the backup's, a day close's) can tell.
 */
export function verifyBooksFile(path: string): BooksCheck {
  if (!existsSync(path)) return { ok: false, problem: { code: 'no_database', path } }
  let database: DatabaseSync | null = null
  try {
    database = new (loadSqlite().DatabaseSync)(path, { readOnly: true })
    const chain = verifyChain(database)
    if (!chain.ok) {
      const { seq, problem, rowsBefore } = chain
      return { ok: false, problem: { code: 'row_mismatch', seq, what: problem, rowsBefore } }
    }
    return { ok: true, rows: chain.rows, head: chain.head, witnessSeq: null }
  } catch (error) {
    return { ok: false, problem: { code: 'damaged', detail: String(error) } }
  } finally {
    database?.close()
  }
}

/**
 * Verifies the books of a data folder: the chain of `books.sqlite` row by row, then its end against the head witness
 * beside it. Opens the database read-only, so it checks a folder the app has open without disturbing it and never
 * creates a database where there was none.
 */
export function verifyBooks(folder: string): BooksCheck {
  const path = join(folder, BOOKS_DATABASE_FILE)
  if (!existsSync(path)) return { ok: false, problem: { code: 'no_database', path } }
  const witness = readBooksHead(folder)
  const witnessSeq = witness !== null && witness !== 'unreadable' ? witness.seq : undefined
  let database: DatabaseSync | null = null
  let chain
  try {
    database = new (loadSqlite().DatabaseSync)(path, { readOnly: true })
    chain = verifyChain(database, { hashAtSeq: witnessSeq })
  } catch (error) {
    return { ok: false, problem: { code: 'damaged', detail: String(error) } }
  } finally {
    database?.close()
  }
  if (!chain.ok) {
    const { seq, problem, rowsBefore } = chain
    return { ok: false, problem: { code: 'row_mismatch', seq, what: problem, rowsBefore } }
  }
  if (chain.rows === 0 && witness === null) return { ok: true, rows: 0, head: chain.head, witnessSeq: 0 }
  if (witness === null) return { ok: false, problem: { code: 'witness_missing', rows: chain.rows } }
  if (witness === 'unreadable') return { ok: false, problem: { code: 'witness_unreadable', rows: chain.rows } }
  if (witness.seq > chain.rows) {
    return { ok: false, problem: { code: 'tail_cut', lastSeq: chain.rows, witnessSeq: witness.seq } }
  }
  const seen = witness.seq === 0 ? null : chain.hashAtSeq
  if (seen !== null && seen !== witness.hash) {
    return { ok: false, problem: { code: 'head_mismatch', seq: witness.seq, witnessHash: witness.hash, rowHash: seen } }
  }
  return { ok: true, rows: chain.rows, head: chain.head, witnessSeq: witness.seq }
}
