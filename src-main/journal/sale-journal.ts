import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

import type { Environment, JournalStatus } from '../../src-preload/contract'
import { type BooksWriter, openBooks, openBooksWriter } from './books-opening'
import { errnoOfWriteFailure, type RowWrite } from './books-store'
import { journalRowOf } from './journal-row'
import { importJsonlJournal, jsonlJournalBeside } from './jsonl-import'
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
   * For what must be on disk before the app acts on it (a sale's `creating` line, before SecPaid is asked): one
   * committed (fsynced) row, or refused with nothing recorded.
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
  /** How often unwritten lines (or books that could not be opened) are retried. */
  retryIntervalMs?: number
  /** Who every line written now names (src-main/staff/); null, or absent, for a shop without cashiers. */
  cashier?: () => string | null
}

const DEFAULT_RETRY_INTERVAL_MS = 3_000

/**
 * Every status change of every sale, one row each in the books database (`books.sqlite`, see books-database.ts),
 * committed with fsync. Opening folds every row into the in-memory index, importing an earlier version's JSONL
 * journal first (see jsonl-import.ts). Books that can be read but not written (a read-only folder, a full disk) do
 * not stop the app: the status says so, and charges are refused until they can be written again.
 */
export function openSaleJournal(databasePath: string, options: SaleJournalOptions = {}): SaleJournal {
  const now = options.now ?? (() => new Date())
  const retryIntervalMs = options.retryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS
  const index = createSaleIndex()
  try {
    mkdirSync(dirname(databasePath), { recursive: true })
  } catch {
    // A read-only place: reading tells whether there are books, opening them for writing says why not.
  }
  const opened = openBooks(databasePath, now(), (event) => index.apply(event))
  let writer: BooksWriter | null = opened.writer
  let openFailure = opened.openFailure
  let importDue = opened.importDue
  let quarantined = opened.quarantined
  let problem = opened.problem
  const unwritten: SaleEvent[] = []
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
    const shared = { unwrittenLines: unwritten.length, quarantined, problem }
    if (problem !== null) return { writable: false, errno: null, ...shared }
    if (openFailure !== null) return { writable: false, errno: openFailure.errno, ...shared }
    if (unwritten.length > 0) return { writable: false, errno: lastWriteErrno, ...shared }
    return { writable: true, errno: null, ...shared }
  }

  /** Opens the books for writing again (the folder became writable), importing the JSONL journal if still due. */
  const reopen = () => {
    const opening = openBooksWriter(databasePath)
    if (!opening.ok) {
      openFailure = { errno: errnoOfWriteFailure(opening.error, databasePath) }
      return
    }
    openFailure = null
    if (importDue) {
      const imported = importJsonlJournal(opening.writer.database, opening.writer.appender, databasePath, now())
      importDue = false
      if (imported.kind === 'failed') {
        opening.writer.database.close()
        problem = { code: 'import_failed', reason: imported.reason, file: jsonlJournalBeside(databasePath) }
        return
      }
      if (imported.kind === 'imported') quarantined = imported.quarantined
    }
    writer = opening.writer
  }

  const environmentOf = (reference: string) => index.get(reference)?.environment ?? null
  const writeRow = (event: SaleEvent): RowWrite => {
    if (problem !== null || writer === null) return { ok: false, errno: openFailure?.errno ?? null }
    const row = journalRowOf(JSON.stringify(event), event, environmentOf)
    try {
      writer.appender.inTransaction((append) => append(row))
      return { ok: true }
    } catch (error) {
      lastWriteErrno = errnoOfWriteFailure(error, databasePath)
      return { ok: false, errno: lastWriteErrno }
    }
  }
  const flush = (): RowWrite => {
    for (let next = unwritten[0]; next !== undefined; next = unwritten[0]) {
      const written = writeRow(next)
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
    if (!after.writable && problem === null && retryTimer === null && !closed) {
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
      if (writer === null) reopen()
      flush()
    })

  changing(() => undefined)

  /** The line as written: signed by whoever is signed in, once the shop has cashiers. */
  const signed = (event: SaleEvent): SaleEvent => {
    const cashier = options.cashier?.() ?? null
    return cashier === null || event.cashier !== undefined ? event : { ...event, cashier }
  }

  return {
    appendDurably: (unsigned) =>
      changing((): DurableAppend => {
        const event = signed(unsigned)
        const written = flush()
        const row = written.ok ? writeRow(event) : written
        return row.ok ? { ok: true, sale: applied(index.apply(event)) } : { ok: false, errno: row.errno }
      }),
    append: (unsigned) =>
      changing(() => {
        const event = signed(unsigned)
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
      writer?.database.close()
      writer = null
    }
  }
}
