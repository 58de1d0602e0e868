import type { JournalRow } from './audit-records'

/** Where the chain stood at the end of one local day: its rows, first and last row, and the hash before and after. */
export interface DayHead {
  day: string
  rows: number
  firstSeq: number
  lastSeq: number
  prevHash: string
  head: string
}

/** Counts `row` into its day's head (rows come in journal order, so the last seen is the day's head). */
export function dayHeads(heads: Map<string, DayHead>, day: string, row: JournalRow): void {
  const head = heads.get(day)
  if (head === undefined) {
    heads.set(day, { day, rows: 1, firstSeq: row.seq, lastSeq: row.seq, prevHash: row.prev_hash, head: row.hash })
    return
  }
  head.rows += 1
  head.lastSeq = row.seq
  head.head = row.hash
}
