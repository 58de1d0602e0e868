import { shortHash } from '../row-hash'
import { AUDIT_TABLES, type AuditColumn } from './audit-tables'
import { auditDate } from './zoned-clock'

interface ReadmeInput {
  period: { from: string; to: string }
  timeZone: string
  exportedAt: string
  /** The whole journal when exported: its row count and head, to compare with a day close or verify-journal. */
  journal: { rows: number; head: string }
  records: Record<string, number>
}

const typeText = (column: AuditColumn) =>
  column.type.kind === 'date'
    ? 'date DD.MM.YYYY'
    : column.type.kind === 'alphanumeric'
      ? 'text'
      : column.type.accuracy === 0
        ? 'whole number'
        : 'number, 2 decimals'

/** README.txt of an export: what each file and column holds, in plain words, for the auditor and the owner. */
export function readmeText({ period, timeZone, exportedAt, journal, records }: ReadmeInput): string {
  const lines = [
    'SecPaid Counter: sales journal export for a tax audit (GoBD Datentraegerueberlassung)',
    '',
    `Period: ${auditDate(period.from)} to ${auditDate(period.to)}, local days in the time zone ${timeZone}.`,
    `Exported: ${exportedAt}. The journal then held ${journal.rows} rows; its chain head was`,
    `  ${journal.head} (short ${shortHash(journal.head)}).`,
    '',
    'Files: index.xml describes every CSV file in the Beschreibungsstandard (gdpdu-01-08-2002.dtd, included) for',
    'audit software such as IDEA. CSV: UTF-8, columns separated by ";", records by CR LF, text in double quotes when',
    'it holds ";", a quote or a line break (quotes doubled), decimal comma, no digit grouping. The first record of',
    'each file names its columns (index.xml tells audit software to skip it: SkipNumBytes).',
    'Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) starts with',
    "an apostrophe ('), so opening a file cannot run anything; line_json holds every row exactly as stored.",
    '',
    'Hash chain: each row carries the SHA-256 hash of the row before (prev_hash) and its own hash over prev_hash,',
    'a line feed, seq, a line feed and line_json in UTF-8. Recomputing it shows whether any row was changed,',
    'removed or inserted; chain_heads.csv gives the head at the end of each day, closing_heads.csv the head of',
    'each day close (its closing row, status day_closed), as shown and printed by the close.',
    'The app checks the whole journal with: npm run verify-journal -- <data folder>.',
    '',
    'Nothing is deleted from the journal: a cancelled, failed or refunded sale is a further row, never a change.',
    ''
  ]
  for (const table of AUDIT_TABLES) {
    lines.push(`${table.file} (records: ${records[table.file] ?? 0}): ${table.description}.`)
    for (const column of table.columns) lines.push(`  ${column.name} (${typeText(column)}): ${column.description}`)
    lines.push('')
  }
  return lines.join('\r\n')
}
