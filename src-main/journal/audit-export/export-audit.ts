import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import { isCalendarDay } from '../../../src-preload/contract/shared-schemas'
import { syncFolder } from '../durable-file'
import { type FolderFault, folderFault, removeQuietly, writeFault } from '../folder-faults'
import { FIRST_PREVIOUS_HASH, shortHash } from '../row-hash'
import { openCsvFile } from './audit-csv'
import {
  closingHeadRecord,
  type JournalRow,
  originOf,
  readRow,
  saleItemRecords,
  type SaleOrigin,
  saleVatRecords,
  statusChangeRecord
} from './audit-records'
import { CHAIN_HEADS, CLOSING_HEADS, SALE_ITEMS, SALE_VAT, STATUS_CHANGES } from './audit-tables'
import { type DayHead, dayHeads } from './day-heads'
import { GDPDU_DTD } from './gdpdu-dtd'
import { GDPDU_DTD_FILE, indexXml } from './index-xml'
import { originsBefore, rowsInPeriod } from './period-rows'
import { readmeText } from './readme-text'
import { auditDate, isTimeZone, zonedClock } from './zoned-clock'

type AuditExportFailure = FolderFault | 'invalid_period' | 'invalid_time_zone' | 'export_failed'

export type AuditExportResult =
  | { ok: true; folder: string; rows: number; records: Record<string, number> }
  | { ok: false; reason: AuditExportFailure }

interface AuditExportRequest {
  /** First and last local day (YYYY-MM-DD), both included. */
  from: string
  to: string
  /** Where the export's own folder is made. */
  folder: string
  /** The days' time zone: the shop's, Europe/Berlin unless given. */
  timeZone?: string
  supplier?: { name: string; location: string }
  now?: () => Date
}

/**
 * Exports every journal row of a period for a tax audit: status_changes.csv (each row with its time, till,
 * environment, amounts in cents and euros, tip and its kind, cashier, reference, link, hashes and the row as
 * stored), sale_items.csv, vat.csv (each sale's VAT per rate), chain_heads.csv (the head at the end of each day) and
 * closing_heads.csv (each day close's closing row and head), described by index.xml (GoBD Beschreibungsstandard) with its DTD
 * and a README.txt. Reads one snapshot; writes a hidden folder that is renamed to `secpaid-audit-<from>_<to>` when
 * complete, so a half export never looks like one.
 */
export function exportForAudit(database: DatabaseSync, request: AuditExportRequest): AuditExportResult {
  const { from, to, folder } = request
  const timeZone = request.timeZone ?? 'Europe/Berlin'
  if (!isCalendarDay(from) || !isCalendarDay(to) || from > to) return { ok: false, reason: 'invalid_period' }
  if (!isTimeZone(timeZone)) return { ok: false, reason: 'invalid_time_zone' }
  const fault = folderFault(folder)
  if (fault !== null) return { ok: false, reason: fault }
  const now = (request.now ?? (() => new Date()))()
  const partial = join(folder, `.secpaid-audit-${from}_${to}-${process.pid}.partial`)
  database.exec('BEGIN')
  try {
    rmSync(partial, { recursive: true, force: true })
    mkdirSync(partial)
    const written = writeExport(database, partial, { from, to, timeZone, now, supplier: request.supplier })
    const target = freeFolder(folder, `secpaid-audit-${from}_${to}`)
    renameSync(partial, target)
    syncFolder(folder)
    return { ok: true, folder: target, ...written }
  } catch (error) {
    removeQuietly(partial)
    return { ok: false, reason: writeFault(error) ?? 'export_failed' }
  } finally {
    database.exec('COMMIT')
  }
}

interface ExportSettings {
  from: string
  to: string
  timeZone: string
  now: Date
  supplier: { name: string; location: string } | undefined
}

function writeExport(database: DatabaseSync, into: string, settings: ExportSettings) {
  const { from, to, timeZone } = settings
  const localOf = zonedClock(timeZone)
  const origins = originsBefore(database, rowsInPeriod(database, { from, to }, localOf, 'place'))
  const changes = openCsvFile(join(into, STATUS_CHANGES.file), STATUS_CHANGES)
  const items = openCsvFile(join(into, SALE_ITEMS.file), SALE_ITEMS)
  const vat = openCsvFile(join(into, SALE_VAT.file), SALE_VAT)
  const closes = openCsvFile(join(into, CLOSING_HEADS.file), CLOSING_HEADS)
  const heads: Map<string, DayHead> = new Map()
  try {
    for (const { row, local } of rowsInPeriod(database, { from, to }, localOf, 'row')) {
      const read = readRow(row)
      const started = originOf(read)
      if (started !== null && row.reference !== null) origins.set(row.reference, started)
      const origin: SaleOrigin | null = origins.get(row.reference ?? '') ?? null
      changes.write(statusChangeRecord(read, local, origin))
      for (const record of saleItemRecords(read)) items.write(record)
      for (const record of saleVatRecords(read)) vat.write(record)
      const closing = closingHeadRecord(read, local)
      if (closing !== null) closes.write(closing)
      dayHeads(heads, local.day, row)
    }
  } finally {
    changes.close()
    items.close()
    vat.close()
    closes.close()
  }
  const headsFile = openCsvFile(join(into, CHAIN_HEADS.file), CHAIN_HEADS)
  try {
    for (const head of [...heads.values()].sort((a, b) => (a.day < b.day ? -1 : 1))) {
      headsFile.write([
        auditDate(head.day),
        head.rows,
        head.firstSeq,
        head.lastSeq,
        head.prevHash,
        head.head,
        shortHash(head.head)
      ])
    }
  } finally {
    headsFile.close()
  }
  const records = {
    [STATUS_CHANGES.file]: changes.records,
    [SALE_ITEMS.file]: items.records,
    [SALE_VAT.file]: vat.records,
    [CHAIN_HEADS.file]: headsFile.records,
    [CLOSING_HEADS.file]: closes.records
  }
  const tables = [
    { table: STATUS_CHANGES, headerBytes: changes.headerBytes },
    { table: SALE_ITEMS, headerBytes: items.headerBytes },
    { table: SALE_VAT, headerBytes: vat.headerBytes },
    { table: CHAIN_HEADS, headerBytes: headsFile.headerBytes },
    { table: CLOSING_HEADS, headerBytes: closes.headerBytes }
  ]
  const journal = journalHead(database)
  const comment = `Sales journal of SecPaid Counter, ${changes.records} rows of ${journal.rows}; chain head ${journal.head}`
  const supplier = settings.supplier ?? { name: 'SecPaid Counter', location: '' }
  writeFileSync(join(into, 'index.xml'), indexXml({ tables, period: { from, to }, supplier, comment }))
  writeFileSync(join(into, GDPDU_DTD_FILE), GDPDU_DTD)
  const exportedAt = settings.now.toISOString()
  writeFileSync(join(into, 'README.txt'), readmeText({ period: { from, to }, timeZone, exportedAt, journal, records }))
  syncFolder(into)
  return { rows: changes.records, records }
}

function journalHead(database: DatabaseSync): { rows: number; head: string } {
  const last = database.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
    Pick<JournalRow, 'seq' | 'hash'> | undefined
  return { rows: last?.seq ?? 0, head: last?.hash ?? FIRST_PREVIOUS_HASH }
}

function freeFolder(folder: string, base: string): string {
  const taken = new Set(readdirSync(folder))
  let name = base
  for (let counter = 2; taken.has(name); counter += 1) name = `${base}-${counter}`
  return join(folder, name)
}
