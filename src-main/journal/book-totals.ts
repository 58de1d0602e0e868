import { isLineOfNewerVersion, parseJournalLine } from './journal-line-schema'
import { createSaleIndex } from './sale-index'

/**
 * What a journal's lines add up to, for comparing two copies of the same books: how many lines, how many of them a
 * newer version wrote, and per environment and status the number of sales, their sum and their refunds' sum in cents.
 */
export function bookTotals(lines: Iterable<string>): string {
  const index = createSaleIndex()
  let lineCount = 0
  let newerLines = 0
  for (const line of lines) {
    lineCount += 1
    const event = parseJournalLine(line)
    if (event !== null) index.apply(event)
    else if (isLineOfNewerVersion(line)) newerLines += 1
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
