import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import type { Environment, JournalStatus } from '../../src-preload/contract'
import { type BooksWriter, isInMemory, openBooks, type OpenBooksOptions, openBooksWriter } from './books-opening'
import { errnoOfWriteFailure, type JournalRowInput, openBooksReadOnly, type RowWrite } from './books-store'
import { closingHeadOf, type ClosingRowInput, closingRowOf, type ClosingRowWrite } from './day-close-row'
import { journalRowOf } from './journal-row'
import { importJsonlJournal, jsonlJournalBeside } from './jsonl-import'
import { foldSale } from './sale-fold'
import type { SaleEvent, SaleRecord } from './sale-record'
import { awaitsPayment } from './sale-status'
import {
  createSalesQueries,
  type MomentSpan,
  type OrderedSale,
  type SalesQueries,
  type StartedQuery
} from './sales-queries'
import { startedMsOf } from './sales-table'

type DurableAppend = { ok: true; sale: SaleRecord } | { ok: false; errno: string | null }

export interface SaleJournal {
  get(reference: string): SaleRecord | undefined
  /** The sale whose link has this id, in the current environment. */
  byLinkId(linkId: number): SaleRecord | undefined
  /** The current environment's sales still `creating` (SecPaid asked, answer not recorded), oldest first. */
  creating(): SaleRecord[]
  /** The current environment's sales whose link SecPaid gave and that still wait, oldest first. */
  awaitingPayment(): SaleRecord[]
  /** The highest sale number `till` handed out on `day` (yyyyMMdd), 0 when none. */
  lastSeq(till: string, day: string): number
  /** Every till that numbered a sale in these books, any environment, in order. */
  tills(): string[]
  /** Whether a later sale replaces this one (it was changed after its QR and charged again). */
  isReplaced(reference: string): boolean
  /** The current environment's sales started in the span, oldest first. */
  startedIn(span: MomentSpan): SaleRecord[]
  /** The current environment's sales started, paid or refunded in the span, and those with lines out of order. */
  activeIn(span: MomentSpan): SaleRecord[]
  /** A page of the current environment's sales, newest first (History). */
  started(query: StartedQuery): OrderedSale[]
  /**
   * Every sale of the current environment, in the order it first appeared. It grows with the years: for tools and
   * tests, never a screen (those ask one of the questions above).
   */
  all(): SaleRecord[]
  /** Every sale of every environment: as `all`, for tools and tests. */
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
  /**
   * Appends the day close's closing row (day-close-row.ts) durably; answers the chain's head it closed on, or why
   * it could not be written.
   */
  appendClosingRow(closing: ClosingRowInput): ClosingRowWrite
  status(): JournalStatus
  /** Whether `PRAGMA quick_check` of the books is still due (big books: run on a worker after start). */
  quickCheckDue(): boolean
  /** The result of that check: findings block the books for the rest of the run, as at start. */
  quickCheckDone(findings: string | null): void
  /** Called with the sale after each line recorded from now on. */
  onApplied(listener: (sale: SaleRecord) => void): () => void
  /** Called whenever `status()` changes; returns the unsubscribe function. */
  onStatusChange(listener: (status: JournalStatus) => void): () => void
  close(): void
}

interface SaleJournalOptions extends OpenBooksOptions {
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
 * committed with fsync, and folded in the same transaction into the `sales` table the questions below are asked of
 * (sales-table.ts, sales-queries.ts): opening reads no row, so it costs the same at ten years as on the first day.
 * An earlier version's JSONL journal is imported first (see jsonl-import.ts). Books that can be read but not written (a read-only folder, a full disk) do
 * not stop the app: the status says so, and charges are refused until they can be written again.
 */
export function openSaleJournal(databasePath: string, options: SaleJournalOptions = {}): SaleJournal {
  const now = options.now ?? (() => new Date())
  const retryIntervalMs = options.retryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS
  try {
    mkdirSync(dirname(databasePath), { recursive: true })
  } catch {
    // A read-only place: reading tells whether there are books, opening them for writing says why not.
  }
  const opened = openBooks(databasePath, now(), options)
  let writer: BooksWriter | null = opened.writer
  let reader: DatabaseSync = opened.reader
  let queries: SalesQueries = createSalesQueries(reader)
  let openFailure = opened.openFailure
  let importDue = opened.importDue
  let quarantined = opened.quarantined
  let problem = opened.problem
  let checkDue = opened.checkDue
  const unwritten: SaleEvent[] = []
  /** The sales with lines not written yet, as those lines leave them: answered before the books, until written. */
  const overlay = new Map<string, SaleRecord>()
  let lastWriteErrno: string | null = null
  let retryTimer: NodeJS.Timeout | null = null
  let closed = false
  const listeners = new Set<(status: JournalStatus) => void>()
  const appliedListeners = new Set<(sale: SaleRecord) => void>()
  const applied = (sale: SaleRecord) => {
    for (const listener of [...appliedListeners]) listener(sale)
    return sale
  }
  const environment = () => options.environment?.()
  const inEnvironment = (sale: SaleRecord, current = environment()) =>
    current === undefined || sale.environment === null || sale.environment === current

  /** Reads from `database` from now on (the books became writable), closing the reader it replaces. */
  const readFrom = (database: DatabaseSync) => {
    if (reader !== database && !isInMemory(reader)) reader.close()
    reader = database
    queries = createSalesQueries(database)
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
    try {
      opening.writer.appender.catchUp()
    } catch (error) {
      opening.writer.database.close()
      openFailure = { errno: errnoOfWriteFailure(error, databasePath) }
      return
    }
    writer = opening.writer
    readFrom(writer.database)
  }

  /** The sale as it stands now: its unwritten lines first, else the books. */
  const current = (reference: string) => overlay.get(reference) ?? queries.get(reference)
  /** A list from the books with the overlay's newer states in place, and its sales the books lack that `fits`. */
  const withOverlay = (sales: SaleRecord[], fits: (sale: SaleRecord) => boolean): SaleRecord[] => {
    if (overlay.size === 0) return sales
    const listed = new Set(sales.map((sale) => sale.reference))
    const newer = sales.map((sale) => overlay.get(sale.reference) ?? sale).filter(fits)
    for (const sale of overlay.values()) if (!listed.has(sale.reference) && fits(sale)) newer.push(sale)
    return newer
  }

  const environmentOf = (reference: string) => current(reference)?.environment ?? null
  const writeRow = (row: JournalRowInput): RowWrite => {
    if (problem !== null || writer === null) return { ok: false, errno: openFailure?.errno ?? null }
    try {
      writer.appender.inTransaction((append) => append(row))
      return { ok: true }
    } catch (error) {
      lastWriteErrno = errnoOfWriteFailure(error, databasePath)
      return { ok: false, errno: lastWriteErrno }
    }
  }
  const writeEvent = (event: SaleEvent) => writeRow(journalRowOf(JSON.stringify(event), event, environmentOf))
  const flush = (): RowWrite => {
    for (let next = unwritten[0]; next !== undefined; next = unwritten[0]) {
      const written = writeEvent(next)
      if (!written.ok) return written
      unwritten.shift()
    }
    // Every line is in the books now, and the books answer for them.
    overlay.clear()
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
        const row = written.ok ? writeEvent(event) : written
        if (!row.ok) return { ok: false, errno: row.errno }
        return { ok: true, sale: applied(current(event.reference) ?? foldSale(undefined, event)) }
      }),
    append: (unsigned) =>
      changing(() => {
        const event = signed(unsigned)
        const sale = foldSale(current(event.reference), event)
        overlay.set(sale.reference, sale)
        unwritten.push(event)
        flush()
        return applied(sale)
      }),
    appendClosingRow: (closing) =>
      changing((): ClosingRowWrite => {
        const written = flush()
        if (!written.ok) return { ok: false, errno: written.errno }
        const row = writeRow(closingRowOf(closing))
        if (!row.ok) return { ok: false, errno: row.errno }
        return { ok: true, head: closingHeadOf(reader) }
      }),
    get: current,
    byLinkId: (linkId) => {
      const env = environment()
      for (const sale of overlay.values()) if (sale.linkId === linkId && inEnvironment(sale, env)) return sale
      return queries.byLinkId(linkId, env)
    },
    byLinkIdAnywhere: (linkId) => {
      for (const sale of overlay.values()) if (sale.linkId === linkId) return sale
      return queries.byLinkId(linkId)
    },
    creating: () =>
      withOverlay(queries.creating(environment()), (sale) => inEnvironment(sale) && sale.status === 'creating'),
    awaitingPayment: () =>
      withOverlay(queries.awaitingPayment(environment()), (sale) => inEnvironment(sale) && awaitsPayment(sale)),
    lastSeq: (till, day) => queries.lastSeq(till, day),
    tills: () => queries.tills(),
    isReplaced: (reference) =>
      [...overlay.values()].some((sale) => sale.replaces === reference) || queries.isReplaced(reference),
    startedIn: (span) =>
      withOverlay(
        queries.startedIn(span, environment()),
        (sale) => inEnvironment(sale) && isWithin(startedMsOf(sale), span)
      ),
    activeIn: (span) => withOverlay(queries.activeIn(span, environment()), (sale) => inEnvironment(sale)),
    started: (query) =>
      queries
        .started(query, environment())
        .map((entry) => ({ ...entry, sale: overlay.get(entry.sale.reference) ?? entry.sale })),
    all: () => withOverlay(queries.all(environment()), (sale) => inEnvironment(sale)),
    allEnvironments: () => withOverlay(queries.all(), () => true),
    currentEnvironment: environment,
    inCurrentEnvironment: (sale) => inEnvironment(sale),
    status,
    quickCheckDue: () => checkDue && problem === null && !closed,
    quickCheckDone: (findings) =>
      changing(() => {
        checkDue = false
        if (findings === null || closed) return
        problem = { code: 'damaged', file: databasePath, findings }
        writer = null
      }),
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
      if (closed) return
      closed = true
      if (retryTimer !== null) clearTimeout(retryTimer)
      retryTimer = null
      if (writer !== null && writer.database !== reader) writer.database.close()
      writer = null
      if (isInMemory(reader)) return
      // Closed books still answer (a test, a tool reading after the app let go): through a read-only connection.
      reader.close()
      let afterClose: SalesQueries | null = null
      queries = new Proxy({} as SalesQueries, {
        get: (_, name): unknown => {
          afterClose ??= createSalesQueries(openBooksReadOnly(databasePath))
          return Reflect.get(afterClose, name)
        }
      })
    }
  }
}

const isWithin = (ms: number, span: MomentSpan) => ms >= span.startMs && ms < span.endMs
