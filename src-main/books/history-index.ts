import type { HistoryPage, HistoryRequest } from '../../src-preload/contract'
import { centsToDecimal, decimalSeparator, LANGUAGES } from '../../src-preload/contract/locale'
import type { SaleJournal } from '../journal/sale-journal'
import type { SaleRecord } from '../journal/sale-record'
import { historySale, startedAt } from './history-sale'
import { localDay } from './local-day'

interface Entry {
  reference: string
  startMs: number
  /** Tie-break and cursor: the order the journal first saw the sale. */
  order: number
  day: string
  /** Reference, note and amount (12.34 and 12,34), lower case: what a search matches. */
  searchText: string
}

export interface HistoryIndex {
  page(request: HistoryRequest): HistoryPage
  /** Every sale that started in the range (inclusive days), oldest first. */
  salesIn(from: string, to: string): SaleRecord[]
  close(): void
}

const DEFAULT_LIMIT = 50

/** The amount as typed in any of the app's languages, and as SecPaid writes it: "12.50 12,50". */
const SEPARATORS = [...new Set(['.', ...LANGUAGES.map(decimalSeparator)])]
const euroTexts = (cents: number) => SEPARATORS.map((separator) => centsToDecimal(cents, separator)).join(' ')

/** Local days change only on quarter hours (every time zone's offset is a multiple of 15 minutes). */
const QUARTER_HOUR_MS = 15 * 60_000
const dayByQuarterHour = new Map<number, string>()

/** localDay, remembered per quarter hour: asking the time zone for each of a year's sales takes half a second. */
function dayOf(startMs: number): string {
  const quarter = Math.floor(startMs / QUARTER_HOUR_MS)
  let day = dayByQuarterHour.get(quarter)
  if (day === undefined) {
    day = localDay(new Date(startMs))
    dayByQuarterHour.set(quarter, day)
  }
  return day
}

const entryOf = (sale: SaleRecord, order: number): Entry => {
  const startMs = Date.parse(startedAt(sale))
  return {
    reference: sale.reference,
    startMs,
    order,
    day: dayOf(startMs),
    searchText: `${sale.reference} ${sale.note} ${euroTexts(sale.amountCents)}`.toLowerCase()
  }
}

const before = (a: Pick<Entry, 'startMs' | 'order'>, b: Pick<Entry, 'startMs' | 'order'>) =>
  a.startMs < b.startMs || (a.startMs === b.startMs && a.order < b.order)

/** The first position whose entry is not `isLeft` (entries sorted so that isLeft holds for a prefix). */
function partitionPoint(entries: readonly Entry[], isLeft: (entry: Entry) => boolean): number {
  let low = 0
  let high = entries.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (isLeft(entries[middle]!)) low = middle + 1
    else high = middle
  }
  return low
}

const encodeCursor = (entry: Entry) => `${entry.startMs}.${entry.order}`

function decodeCursor(cursor: string): Pick<Entry, 'startMs' | 'order'> | null {
  const match = /^(-?\d+)\.(\d+)$/.exec(cursor)
  return match === null ? null : { startMs: Number(match[1]), order: Number(match[2]) }
}

/**
 * The journal's sales sorted by when they started, built once when the app opens and kept up to date with each new
 * sale, so a page of a year's history is a binary search and a short walk, not a reading of the file. Statuses are
 * read from the journal's own index when a page is made, so they are never stale.
 */
export function createHistoryIndex(
  journal: Pick<SaleJournal, 'allEnvironments' | 'inCurrentEnvironment' | 'get' | 'onApplied'>
): HistoryIndex {
  const entries: Entry[] = []
  const known = new Set<string>()
  let nextOrder = 0

  const add = (sale: SaleRecord) => {
    if (known.has(sale.reference)) return
    known.add(sale.reference)
    const entry = entryOf(sale, nextOrder++)
    // Sales arrive in time order; only a clock set back lands one earlier than the last.
    const last = entries.at(-1)
    if (last === undefined || !before(entry, last)) entries.push(entry)
    else
      entries.splice(
        partitionPoint(entries, (other) => before(other, entry)),
        0,
        entry
      )
  }
  // Every environment's sales are indexed; a page shows the current one's, as the totals do.
  for (const sale of journal.allEnvironments()) add(sale)
  const unsubscribe = journal.onApplied(add)

  /** Positions [start, end) of the entries whose day lies in the range. */
  const rangeOf = (from: string | undefined, to: string | undefined): [number, number] => [
    from === undefined ? 0 : partitionPoint(entries, (entry) => entry.day < from),
    to === undefined ? entries.length : partitionPoint(entries, (entry) => entry.day <= to)
  ]

  return {
    page(request) {
      const limit = request.limit ?? DEFAULT_LIMIT
      const [start, rangeEnd] = rangeOf(request.day ?? request.from, request.day ?? request.to)
      const cursor = request.cursor === undefined ? null : decodeCursor(request.cursor)
      const end =
        cursor === null
          ? rangeEnd
          : Math.min(
              rangeEnd,
              partitionPoint(entries, (entry) => before(entry, cursor))
            )
      const term = request.search?.trim().toLowerCase() ?? ''
      const sales: HistoryPage['sales'] = []
      let position = end - 1
      for (; position >= start && sales.length < limit; position -= 1) {
        const entry = entries[position]!
        if (term !== '' && !entry.searchText.includes(term)) continue
        const sale = journal.get(entry.reference)
        if (sale !== undefined && journal.inCurrentEnvironment(sale)) sales.push(historySale(sale))
      }
      const more = sales.length === limit && position >= start
      return { sales, nextCursor: more ? encodeCursor(entries[position + 1]!) : null }
    },
    salesIn(from, to) {
      const [start, end] = rangeOf(from, to)
      return entries
        .slice(start, end)
        .flatMap((entry) => journal.get(entry.reference) ?? [])
        .filter((sale) => journal.inCurrentEnvironment(sale))
    },
    close: unsubscribe
  }
}
