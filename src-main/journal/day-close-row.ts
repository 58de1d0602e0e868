import type { DatabaseSync } from 'node:sqlite'

import type { Environment, RefundTotals, StatusTotals } from '../../src-preload/contract'
import type { ChainHead } from './books-head'
import type { JournalRowInput } from './books-store'
import { FIRST_PREVIOUS_HASH } from './row-hash'
import { DAY_CLOSED_TYPE } from './sales-table'

/** What a day close records of itself: the range, when, and its own side's totals. */
export interface ClosingRowInput {
  from: string
  to: string
  at: string
  environment: Environment | null
  totals: StatusTotals
  refunds: RefundTotals
}

export type ClosingRowWrite = { ok: true; head: ChainHead } | { ok: false; errno: string | null }

/**
 * The closing row: a day close appended to the chain as a row of its own (`day_closed`), after every sale's row it
 * counted, with the totals it showed. Its hash is the head the close shows and prints, so the printed head vouches
 * for the totals as well as for every row before. It names no sale: the fold of sales passes it by.
 */
export function closingRowOf(closing: ClosingRowInput): JournalRowInput {
  const line = JSON.stringify({
    type: DAY_CLOSED_TYPE,
    at: closing.at,
    from: closing.from,
    to: closing.to,
    ...(closing.environment !== null ? { environment: closing.environment } : {}),
    totals: closing.totals,
    refunds: closing.refunds
  })
  return { at: closing.at, type: DAY_CLOSED_TYPE, reference: null, environment: closing.environment, line }
}

/** The chain's last row on this connection: after a closing row was appended, that row. */
export function closingHeadOf(database: DatabaseSync): ChainHead {
  const row = database.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined
  return row === undefined ? { seq: 0, hash: FIRST_PREVIOUS_HASH } : { seq: Number(row.seq), hash: row.hash }
}
