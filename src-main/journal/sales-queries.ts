import type { DatabaseSync, StatementSync } from 'node:sqlite'

import type { Environment } from '../../src-preload/contract'
import type { SaleRecord } from './sale-record'
import { hasTable, recordOf } from './sales-table'

/** A span of moments, [startMs, endMs). */
export interface MomentSpan {
  startMs: number
  endMs: number
}

/** A sale with where it stands in History's order: by start, then by the row that first named it. */
export interface OrderedSale {
  sale: SaleRecord
  startMs: number
  order: number
}

export interface StartedQuery {
  /** Only sales started in the span. */
  span?: MomentSpan
  /** Only sales before this place in the order (a page's cursor). */
  before?: { startMs: number; order: number }
  /** Lower-case text the sale's reference, note or amount contains. */
  search?: string
  limit: number
}

/**
 * The questions the app asks of the books' `sales` table (sales-table.ts), each an indexed query with a limit or a
 * span, so its cost follows the answer, not the years kept. `environment` (the one the app works in) keeps another
 * environment's sales out; sales from before environments were recorded count everywhere. Undefined: every sale.
 */
export function createSalesQueries(database: DatabaseSync) {
  const ENV = '(?1 IS NULL OR environment IS NULL OR environment = ?1)'
  const prepare = (sql: string): StatementSync => database.prepare(sql)
  const get = prepare('SELECT record FROM sales WHERE reference = ?')
  const LINKED = 'SELECT record FROM sales WHERE reference = (SELECT reference FROM sale_links WHERE link_id = ?'
  const linkIn = prepare(`${LINKED} AND environment = ? ORDER BY seq DESC LIMIT 1)`)
  const linkAnywhere = prepare(`${LINKED} ORDER BY seq DESC LIMIT 1)`)
  const creating = prepare(
    `SELECT record FROM sales WHERE status IN ('creating', 'created') AND status = 'creating' AND ${ENV}
     ORDER BY first_seq`
  )
  const awaiting = prepare(
    `SELECT record FROM sales WHERE status IN ('creating', 'created') AND link_id IS NOT NULL AND ${ENV}
     ORDER BY first_seq`
  )
  const REPLACES = "json_extract(record, '$.replaces')"
  const replaced = prepare(`SELECT 1 FROM sales WHERE ${REPLACES} = ? AND ${REPLACES} IS NOT NULL LIMIT 1`)
  const lastSeq = prepare('SELECT max(day_seq) AS seq FROM sales WHERE till = ? AND seq_day = ?')
  // One step through the till index per till, not one per sale.
  const tills = prepare(`
    WITH RECURSIVE next (till) AS (
      SELECT min(till) FROM sales WHERE till IS NOT NULL
      UNION ALL SELECT (SELECT min(till) FROM sales WHERE till > next.till) FROM next WHERE next.till IS NOT NULL
    )
    SELECT till FROM next WHERE till IS NOT NULL`)
  const all = prepare(`SELECT record FROM sales WHERE ${ENV} ORDER BY first_seq`)
  const startedIn = prepare(
    `SELECT record FROM sales WHERE started_ms >= ?2 AND started_ms < ?3 AND ${ENV} ORDER BY started_ms, first_seq`
  )
  const activeIn = prepare(`
    WITH touched (reference) AS (
      SELECT reference FROM sales WHERE started_ms >= ?2 AND started_ms < ?3
      UNION SELECT reference FROM sales WHERE paid_ms >= ?2 AND paid_ms < ?3
      UNION SELECT reference FROM sales WHERE refund_ms >= ?2 AND refund_ms < ?3
      UNION SELECT reference FROM sales WHERE out_of_order = 1
    )
    SELECT record FROM touched JOIN sales USING (reference) WHERE ${ENV} ORDER BY first_seq`)
  const PAGE = `
    SELECT record, started_ms, first_seq FROM sales
    WHERE started_ms >= ?2 AND started_ms < ?3 AND (started_ms < ?4 OR (started_ms = ?4 AND first_seq < ?5))
      AND (?6 = '' OR instr(search_text, ?6) > 0) AND ${ENV}`
  const ORDER = 'ORDER BY started_ms DESC, first_seq DESC LIMIT ?7'
  const page = prepare(`${PAGE} ${ORDER}`)
  // Three characters and more are looked up in the trigram index; shorter ones match so many sales that reading the
  // newest first finds a page at once.
  const searched = hasTable(database, 'sales_search')
    ? prepare(`${PAGE} AND rowid IN (SELECT rowid FROM sales_search WHERE sales_search MATCH ?8) ${ORDER}`)
    : null

  const records = (rows: unknown[]) => rows.map(recordOf)
  const one = (row: unknown) => (row === undefined ? undefined : recordOf(row))
  const env = (environment: Environment | undefined) => environment ?? null
  const inEnvironment = (sale: SaleRecord, environment: Environment | undefined) =>
    environment === undefined || sale.environment === null || sale.environment === environment

  return {
    get: (reference: string): SaleRecord | undefined => one(get.get(reference)),
    /** The sale whose link has this id in `environment`; else the latest given it anywhere, if it counts there. */
    byLinkId(linkId: number, environment?: Environment): SaleRecord | undefined {
      if (environment !== undefined) {
        const own = one(linkIn.get(linkId, environment))
        if (own !== undefined) return own
      }
      const anywhere = one(linkAnywhere.get(linkId))
      return anywhere !== undefined && inEnvironment(anywhere, environment) ? anywhere : undefined
    },
    creating: (environment?: Environment): SaleRecord[] => records(creating.all(env(environment))),
    /** Sales whose link SecPaid gave and that still wait (what paid detection and the settler watch), oldest first. */
    awaitingPayment: (environment?: Environment): SaleRecord[] => records(awaiting.all(env(environment))),
    lastSeq: (till: string, day: string): number =>
      Number((lastSeq.get(till, day) as { seq: number | null } | undefined)?.seq ?? 0),
    /** Whether a later sale replaces this one (Change after the QR, charged again). */
    isReplaced: (reference: string): boolean => replaced.get(reference) !== undefined,
    /** Every till that numbered a sale in these books, in order. */
    tills: (): string[] => (tills.all() as { till: string }[]).map((row) => row.till),
    /** Every sale, in the order it first appeared: for tools and tests, never a screen (it grows with the years). */
    all: (environment?: Environment): SaleRecord[] => records(all.all(env(environment))),
    /** Sales started in the span, oldest first. */
    startedIn: (span: MomentSpan, environment?: Environment): SaleRecord[] =>
      records(startedIn.all(env(environment), span.startMs, span.endMs)),
    /**
     * Every sale something happened to in the span: started, paid or refund asked for in it, and those with lines out
     * of order (few; the caller looks at their times). What a day's summary and a day close count from.
     */
    activeIn: (span: MomentSpan, environment?: Environment): SaleRecord[] =>
      records(activeIn.all(env(environment), span.startMs, span.endMs)),
    /** A page of sales newest first, as History shows them. */
    started(query: StartedQuery, environment?: Environment): OrderedSale[] {
      const before = query.before ?? { startMs: Number.MAX_SAFE_INTEGER, order: Number.MAX_SAFE_INTEGER }
      const search = query.search ?? ''
      const phrase = `"${search.replaceAll('"', '""')}"`
      const useIndex = searched !== null && [...search].length >= 3
      const args = [
        env(environment),
        query.span?.startMs ?? Number.MIN_SAFE_INTEGER,
        query.span?.endMs ?? Number.MAX_SAFE_INTEGER,
        before.startMs,
        before.order,
        search,
        query.limit
      ]
      const rows = (useIndex ? searched.all(...args, phrase) : page.all(...args)) as {
        record: string
        started_ms: number
        first_seq: number
      }[]
      return rows.map((row) => ({ sale: recordOf(row), startMs: Number(row.started_ms), order: Number(row.first_seq) }))
    }
  }
}

export type SalesQueries = ReturnType<typeof createSalesQueries>
