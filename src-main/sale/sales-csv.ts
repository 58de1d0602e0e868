import type { SaleFailure } from '../../src-preload/contract'
import type { SaleRecord } from './sale-record'

const COLUMNS = [
  'reference',
  'link_id',
  'amount_eur',
  'status',
  'note',
  'created_at',
  'paid_at',
  'cancelled_at',
  'failure'
]

/** Amount as "12.34" from integer cents: exact, no float arithmetic. */
const eurText = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`

/**
 * What a spreadsheet may run as a formula at the start of a field: = + - @ (also in their full-width forms ＝ ＋ － ＠,
 * which spreadsheets read as the same), a tab or carriage return, each also behind invisible format characters.
 */
const FORMULA_START = /^\p{Cf}*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u

/** Quotes every field; a formula start is defused so a spreadsheet never runs a cashier's note as a formula. */
function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return `"${safe.replaceAll('"', '""')}"`
}

/** The failure's reason code, with SecPaid's own words where it gave some: data for the accountant, not a sentence. */
function failureText(failure: SaleFailure): string {
  const cause = failure.code === 'link_not_created' ? failure.cause : failure
  const secpaidMessage = 'secpaidMessage' in cause ? cause.secpaidMessage : null
  const code = cause === failure ? failure.code : `${failure.code}:${cause.code}`
  return secpaidMessage ? `${code} (${secpaidMessage})` : code
}

const firstAt = (sale: SaleRecord, status: SaleRecord['status']) =>
  sale.history.find((change) => change.status === status)?.at ?? ''

export function salesToCsv(sales: readonly SaleRecord[]): string {
  const rows = sales.map((sale) =>
    [
      sale.reference,
      sale.linkId === null ? '' : String(sale.linkId),
      eurText(sale.amountCents),
      sale.status,
      sale.note,
      firstAt(sale, 'creating'),
      firstAt(sale, 'paid'),
      firstAt(sale, 'cancelled'),
      sale.failure === null ? '' : failureText(sale.failure)
    ]
      .map(csvField)
      .join(',')
  )
  // The byte-order mark makes spreadsheet programs read the UTF-8 (umlauts in notes) correctly.
  return `\uFEFF${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`
}
