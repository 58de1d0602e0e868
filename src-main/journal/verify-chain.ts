import type { DatabaseSync } from 'node:sqlite'

import { FIRST_PREVIOUS_HASH, rowHash } from './row-hash'

/** What is wrong with the first row that does not fit: its number, the hash it names before it, or its own hash. */
export type RowProblem = 'seq' | 'prev_hash' | 'hash'

type ChainCheck =
  /** `head` is the last row's hash (the chain start for no rows); `hashAtSeq` the hash of the row asked about. */
  | { ok: true; rows: number; head: string; hashAtSeq: string | null }
  /** `seq` is the first row that does not fit; the `rowsBefore` rows before it do. */
  | { ok: false; seq: number; problem: RowProblem; rowsBefore: number }

interface JournalRow {
  seq: number
  line: string
  prev_hash: string
  hash: string
}

/**
 * Recomputes the chain from row 1: every row must follow the one before without a gap, name that row's hash as its
 * `prev_hash`, and carry `rowHash(prev_hash, seq, line)`. Reads row by row (ten years are millions of rows), so memory
 * stays flat. `hashAtSeq` asks for one row's hash on the way (the head witness's row). A database that cannot be read
 * throws, as SQLite reports it.
 */
export function verifyChain(database: DatabaseSync, options: { hashAtSeq?: number } = {}): ChainCheck {
  const rows = database
    .prepare('SELECT seq, line, prev_hash, hash FROM journal ORDER BY seq')
    .iterate() as Iterable<JournalRow>
  let count = 0
  let head = FIRST_PREVIOUS_HASH
  let hashAtSeq: string | null = null
  for (const row of rows) {
    const seq = count + 1
    const problem: RowProblem | null =
      row.seq !== seq
        ? 'seq'
        : row.prev_hash !== head
          ? 'prev_hash'
          : row.hash !== rowHash(head, seq, row.line)
            ? 'hash'
            : null
    if (problem !== null) return { ok: false, seq: row.seq, problem, rowsBefore: count }
    head = row.hash
    count = seq
    if (seq === options.hashAtSeq) hashAtSeq = row.hash
  }
  return { ok: true, rows: count, head, hashAtSeq }
}
