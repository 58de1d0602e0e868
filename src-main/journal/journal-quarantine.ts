import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

import { syncFolder } from './durable-file'
import type { BadLine } from './read-journal'

/** `sales-journal.jsonl` → `sales-journal.quarantine.jsonl`, beside it. */
export const quarantinePathOf = (journalPath: string): string =>
  `${journalPath.replace(/\.jsonl$/, '')}.quarantine.jsonl`

/**
 * Sets lines that failed validation aside: appended (fsynced) to the quarantine file beside the JSONL journal, with
 * their line number and when, so the owner can look at them. The JSONL journal itself is kept whole as the archived
 * original, so a bad line is never lost either way. Answers the quarantine file, or null when it could not be written.
 */
export function quarantineBadLines(options: {
  journalPath: string
  badLines: readonly BadLine[]
  now: Date
}): string | null {
  const quarantinePath = quarantinePathOf(options.journalPath)
  const quarantinedAt = options.now.toISOString()
  const entries = options.badLines.map(({ lineNumber, text }) => JSON.stringify({ quarantinedAt, lineNumber, text }))
  try {
    const fd = openSync(quarantinePath, 'a', 0o600)
    try {
      const bytes = Buffer.from(`${entries.join('\n')}\n`, 'utf8')
      for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    syncFolder(dirname(quarantinePath))
    return quarantinePath
  } catch {
    return null
  }
}
