import { createHash } from 'node:crypto'

/** The `prev_hash` of a data folder's first row: no row before it. */
export const FIRST_PREVIOUS_HASH = '0'.repeat(64)

/**
 * A journal row's link in the chain: SHA-256 over the previous row's hash, the row's number and its line exactly as
 * stored. Changing any row's line (or removing, reordering or inserting a row) changes every hash after it.
 */
export function rowHash(previousHash: string, seq: number, line: string): string {
  return createHash('sha256').update(`${previousHash}\n${seq}\n${line}`, 'utf8').digest('hex')
}

/** The short form of a chain head printed on the day close: enough to compare by eye, not to compute. */
export const shortHash = (hash: string) => hash.slice(0, 12)
