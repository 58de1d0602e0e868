import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The head witness: the chain's last row (seq and hash), kept in a small file beside the database. The chain alone
 * shows any row changed, removed or inserted before its last row, but not rows cut from its end: what is left is a
 * shorter chain that still fits. The witness remembers how far the chain reached, so a cut tail shows as a witness
 * ahead of the database. It is written after each commit (so it may lag after a crash, never lead), and replaced whole
 * (temporary file, rename), so it is never half written. After each commit it is written without an fsync of its own
 * (half of a durable append's time went to it): the row itself is durable, and a power cut can at worst leave the
 * witness a few commits behind, which the check allows for; a restore writes it with fsync.
 *
 * It guards against loss and clumsy edits, not against someone who rewrites both files: for that the heads printed on
 * the day close and carried in backups and exports are the evidence (see README, "Books").
 */
export const BOOKS_HEAD_FILE = 'books.head'

export interface ChainHead {
  seq: number
  hash: string
}

const HEAD_LINE = /^\{"seq":(0|[1-9]\d{0,15}),"hash":"([0-9a-f]{64})"\}\n?$/

/**
 * Replaces the witness in `folder` with `head`; `durable: false` leaves the flush to the system (the witness after
 * each commit). Throws what the file system reports (read-only, full).
 */
export function writeBooksHead(folder: string, head: ChainHead, { durable = true } = {}): void {
  const path = join(folder, BOOKS_HEAD_FILE)
  const temporary = `${path}.tmp`
  const descriptor = openSync(temporary, 'w')
  try {
    writeSync(descriptor, `${JSON.stringify({ seq: head.seq, hash: head.hash })}\n`)
    if (durable) fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
  renameSync(temporary, path)
}

/** The witness in `folder`: null when there is none, 'unreadable' when the file holds no head. */
export function readBooksHead(folder: string): ChainHead | null | 'unreadable' {
  let text: string
  try {
    text = readFileSync(join(folder, BOOKS_HEAD_FILE), 'utf8')
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'unreadable'
  }
  const match = HEAD_LINE.exec(text)
  return match === null ? 'unreadable' : { seq: Number(match[1]), hash: match[2] ?? '' }
}
