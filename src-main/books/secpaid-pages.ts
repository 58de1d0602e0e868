import type { SecPaidError, SecPaidResult } from '../secpaid/types'

/** How reading a list page by page went, where it was not the plain end (see `PayInPagingNote`). */
export type PagingKind = 'pages_repeated' | 'page_cap' | 'short_pages'

/**
 * A short page this long or longer may be SecPaid keeping its own page size rather than the end: the next page is
 * asked once to tell. Shorter ones end the list (SecPaid's smallest documented page is 10 rows).
 */
const SHORT_PAGE_PROBE_ROWS = 10

export interface PagedRead<T> {
  /** Asks SecPaid for one page (1, 2, …). */
  fetchPage: (page: number) => Promise<SecPaidResult<T[]>>
  /** What makes a row the same row when a page repeats it. */
  keyOf: (row: T) => string
  /** The `limit` asked for. */
  pageLimit: number
  maxPages: number
  /** Whether a row read again replaces the one read before (default: the first word counts). */
  replaces?: (earlier: T, later: T) => boolean
}

export type PagedRows<T> = { ok: true; rows: T[]; notes: PagingKind[] } | { ok: false; error: SecPaidError }

/**
 * Every row of a SecPaid list, page after page, each once: a row arriving between two pages pushes the list down and
 * repeats a row, which counts once. Stops on an empty page, on a short one (after asking once more when it may be
 * SecPaid's own page size), on a page of nothing new (a SecPaid that ignores `page`) and after `maxPages`; `notes`
 * say which of these were not the plain end.
 */
export async function readEveryPage<T>(read: PagedRead<T>): Promise<PagedRows<T>> {
  const rows: T[] = []
  const notes: PagingKind[] = []
  const seen = new Map<string, number>()
  /** A short page's length, once one came that may be SecPaid's own page size rather than the end. */
  let shortPage: number | null = null
  for (let page = 1; ; page += 1) {
    if (page > read.maxPages) {
      notes.push('page_cap')
      break
    }
    const answer = await read.fetchPage(page)
    if (!answer.ok) return answer
    let fresh = 0
    for (const row of answer.value) {
      const key = read.keyOf(row)
      const earlier = seen.get(key)
      if (earlier === undefined) {
        seen.set(key, rows.push(row) - 1)
        fresh += 1
      } else if (read.replaces !== undefined && read.replaces(rows[earlier] as T, row)) {
        rows[earlier] = row
      }
    }
    const count = answer.value.length
    if (count === 0) break
    if (fresh === 0) {
      notes.push('pages_repeated')
      break
    }
    // The page after a short one brought more: SecPaid keeps a smaller page than `limit` asked for.
    if (shortPage !== null && !notes.includes('short_pages')) notes.push('short_pages')
    if (count >= (shortPage ?? read.pageLimit)) continue
    if (shortPage === null && count >= SHORT_PAGE_PROBE_ROWS) {
      shortPage = count
      continue
    }
    break
  }
  return { ok: true, rows, notes }
}
