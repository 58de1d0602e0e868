import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Environment, JournalStatus } from '../../src-preload/contract'
import { quarantineBadLines } from './journal-quarantine'
import { createJournalWriter, type LineWrite } from './journal-writer'
import { readJournal } from './read-journal'
import { createSaleIndex, type SaleIndex } from './sale-index'
import type { SaleEvent, SaleRecord } from './sale-record'

type DurableAppend = { ok: true; sale: SaleRecord } | { ok: false; errno: string | null }

export interface SaleJournal extends Omit<SaleIndex, 'apply' | 'byLinkId' | 'all' | 'creating'> {
  /** The sale whose link has this id, in the current environment. */
  byLinkId(linkId: number): SaleRecord | undefined
  /** Every sale of the current environment, in the order it first appeared. */
  all(): SaleRecord[]
  /** The current environment's sales still `creating` (SecPaid asked, answer not recorded), oldest first. */
  creating(): SaleRecord[]
  /** Every sale of every environment, for indexes that outlive a change of environment. */
  allEnvironments(): SaleRecord[]
  /** The latest sale given this link id in any environment: only to tell why an id is not this environment's. */
  byLinkIdAnywhere(linkId: number): SaleRecord | undefined
  /** The environment the app works in now; undefined for a journal that answers for all. */
  currentEnvironment(): Environment | undefined
  /** Whether the sale belongs to the environment the app works in now. */
  inCurrentEnvironment(sale: SaleRecord): boolean
  /**
   * For what must be on disk before the app acts on it (a sale's `creating` line, before SecPaid is asked): written
   * and fsynced, or refused with nothing recorded.
   */
  appendDurably(event: SaleEvent): DurableAppend
  /**
   * For what has already happened (a link made, a payment seen): recorded in memory at once, so the app's state is
   * right; written now, or kept and retried until it is. Lines are written in the order they were recorded.
   */
  append(event: SaleEvent): SaleRecord
  status(): JournalStatus
  /** Called with the sale after each line recorded from now on (the books keep their index with it). */
  onApplied(listener: (sale: SaleRecord) => void): () => void
  /** Called whenever `status()` changes; returns the unsubscribe function. */
  onStatusChange(listener: (status: JournalStatus) => void): () => void
  close(): void
}

interface SaleJournalOptions {
  now?: () => Date
  /**
   * The environment the app works in now: link look-ups, open sales and totals answer for it alone, so a Demo sale
   * never settles against live SecPaid or counts in the shop's books. Without it the journal answers for all.
   */
  environment?: () => Environment
  /** How often unwritten lines (or a journal that could not be opened) are retried. */
  retryIntervalMs?: number
}

const DEFAULT_RETRY_INTERVAL_MS = 3_000

/**
 * Every status change of every sale, one JSON line each, appended to a file that survives power cuts, full disks and
 * bad lines. Opening reads and checks every line in one pass; lines that fail are moved to a quarantine file and
 * reported, never a reason not to start. A journal that can be read but not written (a read-only folder, a full disk)
 * does not stop the app either: its status says so, and charges are refused until it can be written again.
 */
export function openSaleJournal(filePath: string, options: SaleJournalOptions = {}): SaleJournal {
  const now = options.now ?? (() => new Date())
  const retryIntervalMs = options.retryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS
  const index = createSaleIndex()
  try {
    mkdirSync(dirname(filePath), { recursive: true })
  } catch {
    // A read-only place: reading tells whether there is a journal, opening it for writing says why not.
  }
  const { events, goodLines, badLines } = readJournal(filePath)
  for (const event of events) index.apply(event)
  const quarantined: JournalStatus['quarantined'] =
    badLines.length === 0
      ? null
      : { count: badLines.length, file: quarantineBadLines({ journalPath: filePath, goodLines, badLines, now: now() }) }

  const writer = createJournalWriter(filePath)
  const unwritten: SaleEvent[] = []
  let openFailure: { errno: string | null } | null = null
  let lastWriteErrno: string | null = null
  let retryTimer: NodeJS.Timeout | null = null
  let closed = false
  const listeners = new Set<(status: JournalStatus) => void>()
  const appliedListeners = new Set<(sale: SaleRecord) => void>()
  const applied = (sale: SaleRecord) => {
    for (const listener of [...appliedListeners]) listener(sale)
    return sale
  }

  const status = (): JournalStatus => {
    const shared = { unwrittenLines: unwritten.length, quarantined }
    if (openFailure !== null) return { writable: false, errno: openFailure.errno, ...shared }
    if (unwritten.length > 0) return { writable: false, errno: lastWriteErrno, ...shared }
    return { writable: true, errno: null, ...shared }
  }

  const noted = (result: LineWrite): LineWrite => {
    if (result.ok) openFailure = null
    else if (result.stage === 'open') openFailure = { errno: result.errno }
    else lastWriteErrno = result.errno
    return result
  }
  const writeLine = (event: SaleEvent) => noted(writer.appendLine(JSON.stringify(event)))
  const flush = (): LineWrite => {
    for (let next = unwritten[0]; next !== undefined; next = unwritten[0]) {
      const written = writeLine(next)
      if (!written.ok) return written
      unwritten.shift()
    }
    return { ok: true }
  }

  /** Runs a step; tells the listeners if the status changed, and keeps retrying while it is not writable. */
  const changing = <T>(step: () => T): T => {
    const before = JSON.stringify(status())
    const result = step()
    const after = status()
    if (JSON.stringify(after) !== before) for (const listener of [...listeners]) listener(after)
    if (!after.writable && retryTimer === null && !closed) {
      retryTimer = setTimeout(retry, retryIntervalMs)
      // A pending retry must not keep a closing app (or a finished test) alive.
      retryTimer.unref()
    }
    return result
  }
  const retry = () =>
    changing(() => {
      retryTimer = null
      if (closed) return
      if (openFailure !== null) noted(writer.open())
      flush()
    })

  changing(() => noted(writer.open()))

  return {
    appendDurably: (event) =>
      changing((): DurableAppend => {
        const written = flush()
        const line = written.ok ? writeLine(event) : written
        return line.ok ? { ok: true, sale: applied(index.apply(event)) } : { ok: false, errno: line.errno }
      }),
    append: (event) =>
      changing(() => {
        const sale = index.apply(event)
        unwritten.push(event)
        flush()
        return applied(sale)
      }),
    get: index.get,
    byLinkId: (linkId) => index.byLinkId(linkId, options.environment?.()),
    all: () => index.all(options.environment?.()),
    creating: () => index.creating(options.environment?.()),
    allEnvironments: () => index.all(),
    byLinkIdAnywhere: (linkId) => index.byLinkId(linkId),
    currentEnvironment: () => options.environment?.(),
    inCurrentEnvironment: (sale) => {
      const current = options.environment?.()
      return current === undefined || sale.environment === null || sale.environment === current
    },
    lastSeq: index.lastSeq,
    status,
    onApplied(listener) {
      appliedListeners.add(listener)
      return () => {
        appliedListeners.delete(listener)
      }
    },
    onStatusChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    close() {
      closed = true
      if (retryTimer !== null) clearTimeout(retryTimer)
      retryTimer = null
      writer.close()
    }
  }
}
