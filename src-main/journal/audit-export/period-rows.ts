import type { DatabaseSync } from 'node:sqlite'
import { originOf, parseRow, type JournalRow, type SaleOrigin } from './audit-records'
import type { LocalMoment } from './zoned-clock'

const DAY_MS = 86_400_000
const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/**
 * The journal rows whose moment falls on a local day from `from` to `to`, in journal order, with that local moment.
 * SQLite narrows by the `at` column (ISO text, so two days either side cover every UTC offset); the row's own time
 * then decides. Reads row by row: a year is hundreds of thousands of rows.
 */
export function* rowsInPeriod(
  database: DatabaseSync,
  period: { from: string; to: string },
  localOf: (ms: number) => LocalMoment
): Generator<{ row: JournalRow; local: LocalMoment }> {
  const rows = database
    .prepare('SELECT * FROM journal WHERE at >= ? AND at < ? ORDER BY seq')
    .iterate(shiftDay(period.from, -2), shiftDay(period.to, 3)) as Iterable<JournalRow>
  for (const row of rows) {
    const ms = Date.parse(row.at)
    if (Number.isNaN(ms)) continue
    const local = localOf(ms)
    if (local.day >= period.from && local.day <= period.to) yield { row, local }
  }
}

/**
 * Till, number and environment of every sale with rows in the period: from its creating row, which for a sale
 * started before the period (paid after midnight, refunded weeks later) lies before it and is looked up by reference.
 */
export function findOrigins(database: DatabaseSync, inPeriod: Iterable<{ row: JournalRow }>): Map<string, SaleOrigin> {
  const origins = new Map<string, SaleOrigin>()
  const missing = new Set<string>()
  for (const { row } of inPeriod) {
    if (row.reference === null) continue
    if (row.type === 'creating') {
      const origin = originOf(parseRow(row).event, row)
      if (origin !== null) origins.set(row.reference, origin)
      missing.delete(row.reference)
    } else if (!origins.has(row.reference)) missing.add(row.reference)
  }
  if (missing.size === 0) return origins
  const creating = database
    .prepare(
      "SELECT * FROM journal WHERE type = 'creating' AND reference IN (SELECT value FROM json_each(?)) ORDER BY seq"
    )
    .iterate(JSON.stringify([...missing])) as Iterable<JournalRow>
  for (const row of creating) {
    const origin = originOf(parseRow(row).event, row)
    if (origin !== null && row.reference !== null && !origins.has(row.reference)) origins.set(row.reference, origin)
  }
  return origins
}
