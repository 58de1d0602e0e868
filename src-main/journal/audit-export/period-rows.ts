import type { DatabaseSync } from 'node:sqlite'

import { type JournalRow, originOf, readRow, type SaleOrigin } from './audit-records'
import type { LocalMoment } from './zoned-clock'

const DAY_MS = 86_400_000
const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** Columns enough to place a row in time and in its sale, without its line. */
type RowPlace = Pick<JournalRow, 'seq' | 'at' | 'type' | 'reference'>

/**
 * The journal rows whose moment falls on a local day from `from` to `to`, in journal order, with that local moment:
 * whole rows, or only their place in time and sale. SQLite narrows by the `at` column (ISO text, so two days either
 * side cover every UTC offset); the row's own time then decides. Reads row by row: a year is 330,000 rows.
 */
export function rowsInPeriod(
  database: DatabaseSync,
  period: { from: string; to: string },
  localOf: (ms: number) => LocalMoment,
  columns: 'row'
): Generator<{ row: JournalRow; local: LocalMoment }>
export function rowsInPeriod(
  database: DatabaseSync,
  period: { from: string; to: string },
  localOf: (ms: number) => LocalMoment,
  columns: 'place'
): Generator<{ row: RowPlace; local: LocalMoment }>
export function* rowsInPeriod(
  database: DatabaseSync,
  period: { from: string; to: string },
  localOf: (ms: number) => LocalMoment,
  columns: 'row' | 'place'
): Generator<{ row: RowPlace; local: LocalMoment }> {
  const selected = columns === 'row' ? '*' : 'seq, at, type, reference'
  const rows = database
    .prepare(`SELECT ${selected} FROM journal WHERE at >= ? AND at < ? ORDER BY seq`)
    .iterate(shiftDay(period.from, -2), shiftDay(period.to, 3)) as Iterable<RowPlace>
  for (const row of rows) {
    const ms = Date.parse(row.at)
    if (Number.isNaN(ms)) continue
    const local = localOf(ms)
    if (local.day >= period.from && local.day <= period.to) yield { row, local }
  }
}

/**
 * Till, number and environment of the sales with rows in the period whose creating row lies before it (paid after
 * midnight, refunded weeks later), looked up by reference. Sales started in the period get theirs on the way.
 */
export function originsBefore(database: DatabaseSync, inPeriod: Iterable<{ row: RowPlace }>): Map<string, SaleOrigin> {
  const started = new Set<string>()
  const missing = new Set<string>()
  for (const { row } of inPeriod) {
    if (row.reference === null) continue
    if (row.type === 'creating') started.add(row.reference)
    else if (!started.has(row.reference)) missing.add(row.reference)
  }
  const origins = new Map<string, SaleOrigin>()
  if (missing.size === 0) return origins
  const creating = database
    .prepare(
      "SELECT * FROM journal WHERE type = 'creating' AND reference IN (SELECT value FROM json_each(?)) ORDER BY seq"
    )
    .iterate(JSON.stringify([...missing])) as Iterable<JournalRow>
  for (const row of creating) {
    const origin = originOf(readRow(row))
    if (origin !== null && row.reference !== null && !origins.has(row.reference)) origins.set(row.reference, origin)
  }
  return origins
}
