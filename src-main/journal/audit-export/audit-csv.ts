import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'

import type { AuditTable } from './audit-tables'

/** The CSV dialect index.xml declares: what audit software and German spreadsheets read without being told. */
export const CSV_DIALECT = { columnDelimiter: ';', recordDelimiter: '\r\n', textEncapsulator: '"', decimal: ',' }

/**
 * What a spreadsheet may run as a formula at the start of a field: = + - @ (also full width), a tab or carriage
 * return, each also behind invisible format characters. The same rule as the app's sales CSV
 * (src-renderer/src/lib/sales-csv-format.ts; a test holds the two together): main and renderer share no code.
 */
const FORMULA_START = /^\p{Cf}*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u

/**
 * One text field: quoted when it holds the delimiter, a quote or a line break (quotes doubled), and defused with a
 * leading apostrophe (and quoted) when a spreadsheet would run it as a formula. Numbers are written by the export
 * itself and never start so.
 */
export function csvText(value: string): string {
  const { columnDelimiter } = CSV_DIALECT
  const defused = FORMULA_START.test(value) ? `'${value}` : value
  return defused !== value || /["\r\n]/.test(defused) || defused.includes(columnDelimiter)
    ? `"${defused.replaceAll('"', '""')}"`
    : defused
}

/** Cents as euros with the decimal comma, from the digits (never through a float): 4999 → "49,99". */
function euroText(cents: number): string {
  const digits = String(Math.abs(cents)).padStart(3, '0')
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}${CSV_DIALECT.decimal}${digits.slice(-2)}`
}

/**
 * A CSV value: a whole number as is, `{ cents }` as euros with the decimal comma, text through `csvText`, null as an
 * empty field.
 */
export type CsvValue = string | number | { cents: number } | null

const fieldText = (value: CsvValue): string =>
  value === null
    ? ''
    : typeof value === 'number'
      ? String(value)
      : typeof value === 'string'
        ? csvText(value)
        : euroText(value.cents)

const BUFFER_LIMIT = 1 << 16

interface CsvFile {
  /** Bytes of the header record, which index.xml tells audit software to skip (SkipNumBytes). */
  headerBytes: number
  records: number
  write: (values: readonly CsvValue[]) => void
  close: () => void
}

/** Opens `path` for one table: writes the header record (the column names), then records in buffered chunks. */
export function openCsvFile(path: string, table: AuditTable): CsvFile {
  const descriptor = openSync(path, 'wx')
  const header = table.columns.map((column) => csvText(column.name)).join(CSV_DIALECT.columnDelimiter)
  let pending = `${header}${CSV_DIALECT.recordDelimiter}`
  const headerBytes = Buffer.byteLength(pending)
  const file: CsvFile = {
    headerBytes,
    records: 0,
    write(values) {
      if (values.length !== table.columns.length) throw new Error(`${table.file}: ${values.length} values`)
      pending += values.map(fieldText).join(CSV_DIALECT.columnDelimiter) + CSV_DIALECT.recordDelimiter
      file.records += 1
      if (pending.length >= BUFFER_LIMIT) flush()
    },
    close() {
      try {
        flush()
        fsyncSync(descriptor)
      } finally {
        closeSync(descriptor)
      }
    }
  }
  function flush(): void {
    writeSync(descriptor, pending)
    pending = ''
  }
  return file
}
