import { readFileSync } from 'node:fs'

import { errnoOf } from './durable-file'
import { isLineOfNewerVersion, parseJournalLine } from './journal-line-schema'
import type { SaleEvent } from './sale-record'

/** A line that failed validation, as it stood in the file (1-based line number). */
export interface BadLine {
  lineNumber: number
  text: string
}

export interface JournalContents {
  events: SaleEvent[]
  /** The lines that passed, exactly as written: what the books import. */
  goodLines: string[]
  /** What each of `goodLines` records, in the same order; null for a newer version's line. */
  goodEvents: (SaleEvent | null)[]
  badLines: BadLine[]
  /**
   * Lines of a type this version does not know (written by a newer one): not read, but kept in `goodLines` untouched,
   * so going back to an older version never throws a newer one's records away.
   */
  newerLines: number
}

/**
 * Reads and checks every line in one pass. A missing file is an empty journal; one that exists but cannot be read
 * throws: without its sales main could not tell which are still open, so it must not start as if there were none.
 */
export function readJournal(filePath: string): JournalContents {
  let text = ''
  try {
    text = readFileSync(filePath, 'utf8')
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error
  }
  const events: SaleEvent[] = []
  const goodLines: string[] = []
  const goodEvents: (SaleEvent | null)[] = []
  const badLines: BadLine[] = []
  let newerLines = 0
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!
    if (line.trim() === '') continue
    const event = parseJournalLine(line)
    if (event === null && isLineOfNewerVersion(line)) {
      newerLines += 1
      goodLines.push(line)
      goodEvents.push(null)
    } else if (event === null) badLines.push({ lineNumber: index + 1, text: line })
    else {
      events.push(event)
      goodLines.push(line)
      goodEvents.push(event)
    }
  }
  return { events, goodLines, goodEvents, badLines, newerLines }
}
