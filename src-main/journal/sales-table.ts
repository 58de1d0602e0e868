import type { DatabaseSync, StatementSync } from 'node:sqlite'

import { centsToDecimal, decimalSeparator, LANGUAGES } from '../../src-preload/contract/locale'
import { isLineOfNewerVersion, parseJournalLine } from './journal-line-schema'
import { foldSale } from './sale-fold'
import type { SaleRecord } from './sale-record'
import { paidAt } from './sale-status'

/**
 * The current state of each sale, derived from the journal: one row per sale, folded with the one fold rule
 * (sale-fold.ts) in the same transaction as each journal row, so the two never disagree. It is a cache: it can be
 * dropped and built again from the journal, which stays the record. `record` is the folded sale as JSON; the other
 * columns are copied out of it for the indexes the screens read through (history by start, open sales, a till's
 * day, payments and refunds by their moment). `sale_links` lists each link a sale was given, with the row that gave
 * it: a link id names the sale that got it last (in its environment, or anywhere).
 */
export const SALES_SCHEMA = `
CREATE TABLE IF NOT EXISTS sales (
  reference TEXT PRIMARY KEY,
  first_seq INTEGER NOT NULL,
  environment TEXT,
  status TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  tip_cents INTEGER NOT NULL,
  link_id INTEGER,
  started_ms INTEGER NOT NULL,
  paid_ms INTEGER,
  refund_ms INTEGER,
  till TEXT,
  seq_day TEXT,
  day_seq INTEGER,
  out_of_order INTEGER NOT NULL,
  search_text TEXT NOT NULL,
  record TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS sales_by_start ON sales (started_ms, first_seq);
CREATE INDEX IF NOT EXISTS sales_by_first_seq ON sales (first_seq);
CREATE INDEX IF NOT EXISTS sales_open ON sales (first_seq) WHERE status IN ('creating', 'created');
CREATE INDEX IF NOT EXISTS sales_by_till_day ON sales (till, seq_day, day_seq) WHERE till IS NOT NULL;
CREATE INDEX IF NOT EXISTS sales_by_paid ON sales (paid_ms) WHERE paid_ms IS NOT NULL;
CREATE INDEX IF NOT EXISTS sales_by_refund ON sales (refund_ms) WHERE refund_ms IS NOT NULL;
CREATE INDEX IF NOT EXISTS sales_out_of_order ON sales (first_seq) WHERE out_of_order = 1;
CREATE INDEX IF NOT EXISTS sales_by_replaces ON sales (json_extract(record, '$.replaces'))
  WHERE json_extract(record, '$.replaces') IS NOT NULL;
CREATE TABLE IF NOT EXISTS sale_links (
  link_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  environment TEXT,
  reference TEXT NOT NULL,
  PRIMARY KEY (link_id, seq)
) STRICT, WITHOUT ROWID;
`

/**
 * What History's search looks through: each sale's search text in an FTS5 trigram index (substring matches of three
 * characters and more without reading every sale), written once, when the sale first appears (its reference, note
 * and amount never change). A SQLite built without FTS5 has none: the search then reads the sales, newest first.
 */
const SEARCH_SCHEMA = `CREATE VIRTUAL TABLE IF NOT EXISTS sales_search USING fts5(search_text, tokenize = 'trigram')`

/** Creates the search index where SQLite has FTS5, filling it from `sales` when it is new. */
export function createSearchIndex(database: DatabaseSync): void {
  if (hasTable(database, 'sales_search')) return
  try {
    database.exec(SEARCH_SCHEMA)
  } catch {
    return
  }
  database.exec('INSERT INTO sales_search (rowid, search_text) SELECT rowid, search_text FROM sales')
}

export const hasTable = (database: DatabaseSync, name: string): boolean =>
  database.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?").get(name) !== undefined

/** meta: the last journal row folded into `sales`, and how many rows no version of the app wrote (damage). */
export const SALES_FOLDED_KEY = 'sales_folded_seq'
export const UNREADABLE_ROWS_KEY = 'unreadable_rows'

/** The type of the day close's closing row (day-close-row.ts): a row of the chain, not a sale's status change. */
export const DAY_CLOSED_TYPE = 'day_closed'

/** The amount as typed in any of the app's languages, and as SecPaid writes it: "12.50 12,50". */
const SEPARATORS = [...new Set(['.', ...LANGUAGES.map(decimalSeparator)])]
const euroTexts = (cents: number) => SEPARATORS.map((separator) => centsToDecimal(cents, separator)).join(' ')

/** Reference, note and amount (12.34 and 12,34), lower case: what a history search matches. */
export const searchTextOf = (sale: SaleRecord): string =>
  `${sale.reference} ${sale.note} ${euroTexts(sale.amountCents)}`.toLowerCase()

export const startedMsOf = (sale: SaleRecord): number => Date.parse(sale.history[0]?.at ?? new Date(0).toISOString())

/** Reads one sale's record from a `sales` row's JSON. */
export const recordOf = (row: unknown): SaleRecord => JSON.parse((row as { record: string }).record) as SaleRecord

/**
 * Folds journal rows into `sales`, on the connection that writes the journal, inside its write transaction: `fold`
 * for each row the app appends, `catchUp` for rows it did not fold yet (a database of an earlier version, rows
 * another process wrote). Rows it cannot read are counted as damage and change no sale.
 */
export function createSalesDeriver(database: DatabaseSync) {
  const read: StatementSync = database.prepare('SELECT record FROM sales WHERE reference = ?')
  const upsert: StatementSync = database.prepare(`
    INSERT INTO sales (reference, first_seq, environment, status, amount_cents, tip_cents, link_id,
      started_ms, paid_ms, refund_ms, till, seq_day, day_seq, out_of_order, search_text, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (reference) DO UPDATE SET environment = excluded.environment, status = excluded.status,
      amount_cents = excluded.amount_cents, tip_cents = excluded.tip_cents, link_id = excluded.link_id,
      started_ms = excluded.started_ms,
      paid_ms = excluded.paid_ms, refund_ms = excluded.refund_ms, till = excluded.till, seq_day = excluded.seq_day,
      day_seq = excluded.day_seq, out_of_order = excluded.out_of_order, search_text = excluded.search_text,
      record = excluded.record`)
  const link: StatementSync = database.prepare(
    'INSERT OR REPLACE INTO sale_links (link_id, seq, environment, reference) VALUES (?, ?, ?, ?)'
  )
  const search: StatementSync | null = hasTable(database, 'sales_search')
    ? database.prepare('INSERT INTO sales_search (rowid, search_text) VALUES (?, ?)')
    : null
  const metaGet: StatementSync = database.prepare('SELECT value FROM meta WHERE key = ?')
  const metaSet: StatementSync = database.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
  const rowsAfter: StatementSync = database.prepare('SELECT seq, line FROM journal WHERE seq > ? ORDER BY seq')
  const lastRow: StatementSync = database.prepare('SELECT max(seq) AS seq FROM journal')

  const metaNumber = (key: string) => Number((metaGet.get(key) as { value: string } | undefined)?.value ?? 0)

  /** Folds one row's line into its sale; answers whether it was damage. */
  const foldLine = (seq: number, line: string): boolean => {
    const event = parseJournalLine(line)
    if (event === null) return !isLineOfNewerVersion(line) && !isClosingRow(line)
    const stored = read.get(event.reference)
    const existing = stored === undefined ? undefined : recordOf(stored)
    const sale = foldSale(existing, event)
    if (sale === existing) return false
    const linked = event.type === 'created' && sale.history.length > (existing?.history.length ?? 0)
    const refundMs = sale.refund === undefined ? null : Date.parse(sale.refund.at)
    const paid = paidAt(sale)
    const written = upsert.run(
      sale.reference,
      seq,
      sale.environment,
      sale.status,
      sale.amountCents,
      sale.tipCents,
      sale.linkId,
      startedMsOf(sale),
      paid === undefined ? null : Date.parse(paid),
      refundMs,
      sale.sequence?.till ?? null,
      sale.sequence?.day ?? null,
      sale.sequence?.seq ?? null,
      (sale.outOfOrder?.length ?? 0) > 0 ? 1 : 0,
      searchTextOf(sale),
      JSON.stringify(sale)
    )
    if (existing === undefined) search?.run(written.lastInsertRowid, searchTextOf(sale))
    if (linked) link.run(event.linkId, seq, sale.environment, sale.reference)
    return false
  }

  /** Folds the rows after the last one folded; run inside a write transaction. Answers how many it folded. */
  const catchUp = (): number => {
    const folded = metaNumber(SALES_FOLDED_KEY)
    const last = Number((lastRow.get() as { seq: number | null }).seq ?? 0)
    if (last <= folded) return 0
    let damaged = 0
    let count = 0
    for (const row of rowsAfter.iterate(folded)) {
      const { seq, line } = row as { seq: number; line: string }
      if (foldLine(Number(seq), line)) damaged += 1
      count += 1
    }
    if (damaged > 0) metaSet.run(UNREADABLE_ROWS_KEY, String(metaNumber(UNREADABLE_ROWS_KEY) + damaged))
    metaSet.run(SALES_FOLDED_KEY, String(last))
    return count
  }

  return {
    catchUp,
    /** Folds the row just appended as `seq` (the rows before it already folded); run inside its transaction. */
    fold(seq: number, line: string): void {
      if (foldLine(seq, line)) metaSet.run(UNREADABLE_ROWS_KEY, String(metaNumber(UNREADABLE_ROWS_KEY) + 1))
      metaSet.run(SALES_FOLDED_KEY, String(seq))
    },
    /** Whether rows wait to be folded (read without a transaction: a hint for opening). */
    behind: (): boolean => Number((lastRow.get() as { seq: number | null }).seq ?? 0) > metaNumber(SALES_FOLDED_KEY),
    unreadableRows: (): number => metaNumber(UNREADABLE_ROWS_KEY)
  }
}

export type SalesDeriver = ReturnType<typeof createSalesDeriver>

function isClosingRow(line: string): boolean {
  try {
    return (JSON.parse(line) as { type?: unknown }).type === DAY_CLOSED_TYPE
  } catch {
    return false
  }
}
