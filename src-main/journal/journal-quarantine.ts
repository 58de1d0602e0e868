import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { syncFolder } from './durable-file'
import type { BadLine } from './read-journal'

/** `sales-journal.jsonl` → `sales-journal.quarantine.jsonl`, beside it. */
export const quarantinePathOf = (journalPath: string): string =>
  `${journalPath.replace(/\.jsonl$/, '')}.quarantine.jsonl`

/**
 * Moves lines that failed validation out of the journal: first appended (fsynced) to the quarantine file with their
 * line number and when, then the journal is rewritten without them (temporary file, fsync, rename, fsync of the
 * folder), so a power cut at any point leaves every line in at least one of the two files. Answers the file that
 * holds them now: the journal itself when they could not be moved (a read-only folder); they are moved next time.
 */
export function quarantineBadLines(options: {
  journalPath: string
  goodLines: readonly string[]
  badLines: readonly BadLine[]
  now: Date
}): string {
  const { journalPath, goodLines, badLines } = options
  const quarantinePath = quarantinePathOf(journalPath)
  const quarantinedAt = options.now.toISOString()
  try {
    const entries = badLines.map(({ lineNumber, text }) => JSON.stringify({ quarantinedAt, lineNumber, text }))
    writeDurably(quarantinePath, 'a', `${entries.join('\n')}\n`)
  } catch {
    return journalPath
  }
  const rewritten = `${journalPath}.rewrite`
  try {
    writeDurably(rewritten, 'w', goodLines.length === 0 ? '' : `${goodLines.join('\n')}\n`)
    renameSync(rewritten, journalPath)
    syncFolder(dirname(journalPath))
  } catch {
    // The journal stays as it was, the bad lines in it too: skipped on reading and moved at the next start.
    removeQuietly(rewritten)
  }
  return quarantinePath
}

function writeDurably(filePath: string, flags: 'a' | 'w', text: string): void {
  const fd = openSync(filePath, flags, 0o600)
  try {
    const bytes = Buffer.from(text, 'utf8')
    for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  syncFolder(dirname(filePath))
}

function removeQuietly(filePath: string): void {
  try {
    rmSync(filePath, { force: true })
  } catch {
    // A folder that refused the rename may refuse this too; the leftover is never read.
  }
}
