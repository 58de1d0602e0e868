import { parseJournalLine } from '../../sale/journal-line-schema'
import type { SaleEvent } from '../../sale/sale-record'
import type { CsvValue } from './audit-csv'
import { auditDate, type LocalMoment } from './zoned-clock'

/** One row of the journal table as the export reads it. */
export interface JournalRow {
  seq: number
  at: string
  type: string
  reference: string | null
  environment: string | null
  line: string
  prev_hash: string
  hash: string
}

/** What a sale's creating row says about all its rows: which till made it, its number there, where its link lives. */
export interface SaleOrigin {
  till: string | null
  tillSaleNumber: number | null
  environment: string | null
}

export type ParsedRow = { row: JournalRow; event: SaleEvent | null }

/** The row's sale event, or null for a line of a newer version (exported as stored, in line_json). */
export const parseRow = (row: JournalRow): ParsedRow => ({ row, event: parseJournalLine(row.line) })

export function originOf(event: SaleEvent | null, row: JournalRow): SaleOrigin | null {
  if (event?.type !== 'creating') return null
  return {
    till: event.sequence?.till ?? null,
    tillSaleNumber: event.sequence?.seq ?? null,
    environment: event.environment ?? row.environment
  }
}

const cents = (value: number | null) => (value === null ? null : { cents: value })

function amountOf(event: SaleEvent | null): number | null {
  return event?.type === 'creating' || event?.type === 'refund_requested' ? event.amountCents : null
}

function failureOf(event: SaleEvent | null): string | null {
  if (event?.type === 'failed') return event.failure.code
  if (event?.type === 'refund_refused') return event.refusal.code
  return null
}

/** The record of STATUS_CHANGES for one row, its columns in the table's order. */
export function statusChangeRecord(
  { row, event }: ParsedRow,
  local: LocalMoment,
  origin: SaleOrigin | null
): CsvValue[] {
  const amount = amountOf(event)
  const tip = event?.type === 'creating' ? (event.tipCents ?? 0) : null
  return [
    row.seq,
    auditDate(local.day),
    local.time,
    event?.at ?? row.at,
    event?.type ?? row.type,
    event?.reference ?? row.reference ?? '',
    origin?.till ?? null,
    origin?.tillSaleNumber ?? null,
    origin?.environment ?? row.environment,
    amount,
    cents(amount),
    tip,
    cents(tip),
    event?.type === 'refund_requested' ? (event.full ? 'yes' : 'no') : null,
    event?.type === 'created' ? event.linkId : null,
    event?.type === 'created' ? event.payLink : null,
    event?.type === 'creating' ? event.note : null,
    failureOf(event),
    row.prev_hash,
    row.hash,
    row.line
  ]
}

/** The records of SALE_ITEMS for a creating row with item lines (none for other rows). */
export function saleItemRecords({ row, event }: ParsedRow): CsvValue[][] {
  if (event?.type !== 'creating') return []
  return (event.items ?? []).map((item, index) => [
    row.seq,
    index + 1,
    event.reference,
    item.productId,
    item.name,
    item.quantity,
    item.unitCents,
    { cents: item.unitCents },
    item.totalCents,
    { cents: item.totalCents }
  ])
}
