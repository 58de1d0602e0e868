import { isLineOfNewerVersion, parseJournalLine } from './journal-line-schema'
import { createSaleIndex } from './sale-index'
import type { SaleEvent } from './sale-record'

/**
 * What a journal's lines add up to, for comparing two copies of the same books: how many lines, how many of them a
 * newer version wrote, and per environment and status the number of sales, their sum and their refunds' sum in cents.
 */
export function bookTotals(lines: Iterable<string>): string {
  return totalsOfRecords(
    (function* () {
      for (const line of lines) yield parseJournalLine(line) ?? (isLineOfNewerVersion(line) ? null : undefined)
    })()
  )
}

/**
 * The same from lines already read: each one's status change, null for a newer version's line, undefined for a line
 * no version wrote.
 */
export function totalsOfRecords(records: Iterable<SaleEvent | null | undefined>): string {
  const index = createSaleIndex()
  let lineCount = 0
  let newerLines = 0
  for (const event of records) {
    lineCount += 1
    if (event === null) newerLines += 1
    else if (event !== undefined) index.apply(event)
  }
  const bySaleGroup = new Map<string, { sales: number; cents: number; refundCents: number }>()
  for (const sale of index.all()) {
    const group = `${sale.environment ?? 'unrecorded'} ${sale.status}${sale.refund ? ` refund ${sale.refund.state}` : ''}`
    const totals = bySaleGroup.get(group) ?? { sales: 0, cents: 0, refundCents: 0 }
    totals.sales += 1
    totals.cents += sale.amountCents
    totals.refundCents += sale.refund?.amountCents ?? 0
    bySaleGroup.set(group, totals)
  }
  const groups = [...bySaleGroup].sort(([a], [b]) => a.localeCompare(b))
  return JSON.stringify({ lineCount, newerLines, sales: index.all().length, groups })
}
