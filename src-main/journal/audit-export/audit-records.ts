import { isRecord } from '../../is-record'
import { shortHash } from '../row-hash'
import { DAY_CLOSED_TYPE } from '../sales-table'
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

/**
 * A row with its line read as plain JSON. The export shows what was stored, field by field, and never judges a line
 * (line_json carries each exactly; the store checked them when it wrote them): reading with the journal's schemas
 * would cost a year's export seconds and drop what a newer version wrote.
 */
interface ReadRow {
  row: JournalRow
  line: Record<string, unknown>
}

export function readRow(row: JournalRow): ReadRow {
  let line: unknown
  try {
    line = JSON.parse(row.line)
  } catch {
    line = null
  }
  return { row, line: isRecord(line) ? line : {} }
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const wholeNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null
const cents = (value: number | null) => (value === null ? null : { cents: value })
const field = (value: unknown, name: string): unknown => (isRecord(value) ? value[name] : undefined)

export function originOf({ row, line }: ReadRow): SaleOrigin | null {
  if (line.type !== 'creating') return null
  return {
    till: text(field(line.sequence, 'till')),
    tillSaleNumber: wholeNumber(field(line.sequence, 'seq')),
    environment: text(line.environment) ?? row.environment
  }
}

/** The record of STATUS_CHANGES for one row, its columns in the table's order. */
export function statusChangeRecord({ row, line }: ReadRow, local: LocalMoment, origin: SaleOrigin | null): CsvValue[] {
  const type = text(line.type) ?? row.type
  const amount = type === 'creating' || type === 'refund_requested' ? wholeNumber(line.amountCents) : null
  const tip = type === 'creating' ? (wholeNumber(line.tipCents) ?? 0) : null
  const full = type === 'refund_requested' && typeof line.full === 'boolean' ? (line.full ? 'yes' : 'no') : null
  const failure = type === 'failed' ? line.failure : type === 'refund_refused' ? line.refusal : undefined
  return [
    row.seq,
    auditDate(local.day),
    local.time,
    text(line.at) ?? row.at,
    type,
    text(line.reference) ?? row.reference ?? '',
    origin?.till ?? null,
    origin?.tillSaleNumber ?? null,
    origin?.environment ?? row.environment,
    amount,
    cents(amount),
    tip,
    cents(tip),
    type === 'creating' ? text(line.tipKind) : null,
    type === 'creating' ? vatExempt(line.vat) : null,
    text(line.cashier),
    full,
    type === 'created' ? wholeNumber(line.linkId) : null,
    type === 'created' ? text(line.payLink) : null,
    type === 'creating' ? text(line.note) : null,
    text(field(failure, 'code')),
    row.prev_hash,
    row.hash,
    row.line
  ]
}

function vatExempt(vat: unknown): string | null {
  const exempt = field(vat, 'exempt')
  return exempt === true ? 'yes' : exempt === false ? 'no' : null
}

/** The records of SALE_VAT for a creating row with a VAT split by rate (none for other rows or exempt sales). */
export function saleVatRecords({ row, line }: ReadRow): CsvValue[][] {
  const rates = field(line.vat, 'rates')
  if (line.type !== 'creating' || !Array.isArray(rates)) return []
  return rates.filter(isRecord).map((rate) => {
    const gross = wholeNumber(rate.grossCents)
    const net = wholeNumber(rate.netCents)
    const vat = wholeNumber(rate.vatCents)
    const reference = text(line.reference) ?? row.reference ?? ''
    return [row.seq, wholeNumber(rate.ratePercent), reference, gross, cents(gross), net, cents(net), vat, cents(vat)]
  })
}

/** The record of CLOSING_HEADS for a closing row (null for other rows). */
export function closingHeadRecord({ row, line }: ReadRow, local: LocalMoment): CsvValue[] | null {
  if ((text(line.type) ?? row.type) !== DAY_CLOSED_TYPE) return null
  const head = row.hash
  return [
    row.seq,
    auditDate(local.day),
    local.time,
    text(line.from),
    text(line.to),
    text(line.environment) ?? row.environment,
    head,
    shortHash(head)
  ]
}

/** The records of SALE_ITEMS for a creating row with item lines (none for other rows). */
export function saleItemRecords({ row, line }: ReadRow): CsvValue[][] {
  if (line.type !== 'creating' || !Array.isArray(line.items)) return []
  return line.items.filter(isRecord).map((item, index) => {
    const unitCents = wholeNumber(item.unitCents)
    const totalCents = wholeNumber(item.totalCents)
    return [
      row.seq,
      index + 1,
      text(line.reference) ?? row.reference ?? '',
      text(item.productId),
      text(item.name),
      wholeNumber(item.quantity),
      unitCents,
      cents(unitCents),
      totalCents,
      cents(totalCents)
    ]
  })
}
