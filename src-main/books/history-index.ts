import type { HistoryPage, HistoryRequest } from '../../src-preload/contract'
import type { SaleJournal } from '../journal/sale-journal'
import type { SaleRecord } from '../journal/sale-record'
import { historySale } from './history-sale'
import { localSpanOf } from './secpaid-dates'

export interface HistoryIndex {
  page(request: HistoryRequest): HistoryPage
  /** Every sale that started in the range (inclusive days), oldest first. */
  salesIn(from: string, to: string): SaleRecord[]
  close(): void
}

const DEFAULT_LIMIT = 50

/** Where a page ends: the last sale's start and the row that first named it (History's order). */
const encodeCursor = (entry: { startMs: number; order: number }) => `${entry.startMs}.${entry.order}`

function decodeCursor(cursor: string): { startMs: number; order: number } | null {
  const match = /^(-?\d+)\.(\d+)$/.exec(cursor)
  return match === null ? null : { startMs: Number(match[1]), order: Number(match[2]) }
}

/** The moments of local days `from` to `to`; either end open when not given. */
function spanOf(from: string | undefined, to: string | undefined) {
  if (from === undefined && to === undefined) return undefined
  const span = localSpanOf(from ?? '0001-01-01', to ?? '9999-12-30')
  return {
    startMs: from === undefined ? Number.MIN_SAFE_INTEGER : span.startMs,
    endMs: to === undefined ? Number.MAX_SAFE_INTEGER : span.endMs
  }
}

/**
 * History's pages, asked of the books' `sales` table by start (an index), newest first: a page of ten years costs
 * what a page of one day costs. A sale's day is its start's local day, as the day close counts it.
 */
export function createHistoryIndex(journal: Pick<SaleJournal, 'started' | 'startedIn'>): HistoryIndex {
  return {
    page(request) {
      const limit = request.limit ?? DEFAULT_LIMIT
      const span = spanOf(request.day ?? request.from, request.day ?? request.to)
      const before = request.cursor === undefined ? null : decodeCursor(request.cursor)
      const search = request.search?.trim().toLowerCase() ?? ''
      // One more than the page: whether there is a next page, without a page that turns out empty.
      const found = journal.started({
        ...(span !== undefined ? { span } : {}),
        ...(before !== null ? { before } : {}),
        ...(search !== '' ? { search } : {}),
        limit: limit + 1
      })
      const shown = found.slice(0, limit)
      const last = shown.at(-1)
      return {
        sales: shown.map((entry) => historySale(entry.sale)),
        nextCursor: found.length > limit && last !== undefined ? encodeCursor(last) : null
      }
    },
    salesIn: (from, to) => journal.startedIn(localSpanOf(from, to)),
    close: () => undefined
  }
}
