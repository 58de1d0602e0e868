import type { Language, SalesRow } from '../../../../src-preload/contract'
import { statusLabel } from '../words/books-labels'
import type { MessageKey } from '../words/i18n'
import { vatColumns } from './sales-csv-vat'

/** What a spreadsheet in each language opens as columns when the file is double-clicked. */
export const SPREADSHEET: Record<Language, { separator: string; decimal: string }> = {
  de: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' }
}

const COLUMNS: readonly MessageKey[] = [
  'csvDate',
  'csvTime',
  'csvTill',
  'csvReference',
  'csvNote',
  'csvAmount',
  'csvTip',
  'csvStatus',
  'csvLinkId',
  'csvRefund',
  'csvFailure',
  // Last, so the columns before keep their places: the tip's part for the staff and the shop's, apart.
  'csvStaffTip',
  'csvShopTip'
]

/** Cents as "12,34" / "12.34" from the digits, never from a float. */
export function amountText(cents: number, decimal: string): string {
  const digits = String(Math.abs(cents)).padStart(3, '0')
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}${decimal}${digits.slice(-2)}`
}

/** dd.mm.yyyy in German, yyyy-mm-dd (unambiguous) in English. */
export const dateText = (day: string, language: Language) =>
  language === 'de' ? `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}` : day

/**
 * What a spreadsheet may run as a formula at the start of a field: = + - @ (also in their full-width forms ＝ ＋ － ＠,
 * which spreadsheets read as the same), a tab or carriage return, each also behind invisible format characters.
 */
const FORMULA_START = /^\p{Cf}*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u

/**
 * RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled. Text that a spreadsheet
 * would run as a formula (FORMULA_START) gets a leading apostrophe and quotes.
 */
export function csvField(value: string, separator: string): string {
  const defused = FORMULA_START.test(value) ? `'${value}` : value
  return defused !== value || /["\r\n]/.test(defused) || defused.includes(separator)
    ? `"${defused.replaceAll('"', '""')}"`
    : defused
}

/** The rows main gave as the language's spreadsheet reads them, with a byte-order mark so umlauts survive Excel. */
export function formatSalesCsv(
  rows: readonly SalesRow[],
  language: Language,
  say: (key: MessageKey, params?: Record<string, string | number>) => string
): string {
  const { separator, decimal } = SPREADSHEET[language]
  const cents = (value: number | null) => (value === null ? '' : amountText(value, decimal))
  // Once the shop has cashiers main names who charged each sale: one more column, last, so older columns stay put.
  const perCashier = rows.some((row) => row.cashier !== undefined)
  const cashierText = (row: SalesRow) =>
    row.cashier === undefined
      ? ''
      : (row.cashier.name ?? (row.cashier.id === 'owner' ? say('staffOwner') : row.cashier.id))
  const vat = vatColumns(rows)
  const lines = [
    [...COLUMNS.map((key) => say(key)), ...vat.header(say), ...(perCashier ? [say('csvCashier')] : [])]
      .map((text) => csvField(text, separator))
      .join(separator),
    ...rows.map((row) =>
      [
        dateText(row.date, language),
        row.time,
        row.till ?? '',
        row.reference,
        row.note,
        cents(row.amountCents),
        cents(row.tipCents),
        say(statusLabel(row.status, row.refundCents !== null)),
        row.linkId === null ? '' : String(row.linkId),
        cents(row.refundCents),
        row.failure ?? '',
        cents(row.staffTipCents ?? null),
        cents(row.shopTipCents ?? null),
        ...vat.cells(row, cents),
        ...(perCashier ? [cashierText(row)] : [])
      ]
        .map((field) => csvField(field, separator))
        .join(separator)
    )
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export const salesCsvFileName = (from: string, to: string) => `secpaid-sales-${from}_${to}.csv`
