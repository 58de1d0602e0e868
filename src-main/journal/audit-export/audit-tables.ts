/**
 * The audit export's tables: one list of columns per CSV file, from which the CSV header, `index.xml` and README.txt
 * are all written, so the three can never disagree. Column names are plain ASCII (audit software takes them as field
 * names); descriptions are English, like the rest of the export's text.
 */
type ColumnType =
  | { kind: 'alphanumeric' }
  /** `accuracy` digits after the decimal symbol: 0 for counts and cents, 2 for euros. */
  | { kind: 'numeric'; accuracy: 0 | 2 }
  /** Written DD.MM.YYYY, the Beschreibungsstandard's own date format. */
  | { kind: 'date' }

export interface AuditColumn {
  name: string
  type: ColumnType
  description: string
}

export interface AuditTable {
  /** The CSV file's name, also the table's URL in index.xml. */
  file: string
  name: string
  description: string
  /** The first `primaryKey` columns identify a record. */
  primaryKey: number
  columns: readonly AuditColumn[]
  /** A column of this table that names a record of another one. */
  foreignKey?: { column: string; references: string }
}

const text = (name: string, description: string): AuditColumn => ({ name, type: { kind: 'alphanumeric' }, description })
const count = (name: string, description: string): AuditColumn => ({
  name,
  type: { kind: 'numeric', accuracy: 0 },
  description
})
const euros = (name: string, description: string): AuditColumn => ({
  name,
  type: { kind: 'numeric', accuracy: 2 },
  description
})
const date = (name: string, description: string): AuditColumn => ({ name, type: { kind: 'date' }, description })

export const STATUS_CHANGES: AuditTable = {
  file: 'status_changes.csv',
  name: 'status_changes',
  description: 'Every row of the sales journal in the period: each status change of each sale, in the order recorded',
  primaryKey: 1,
  columns: [
    count('seq', 'Row number in the journal (1, 2, 3, ... without gaps since the journal began)'),
    date('date', 'Local calendar day of the change (DD.MM.YYYY) in the time zone named in README.txt'),
    text('time', 'Local time of the change (HH:MM:SS) in that time zone'),
    text('recorded_at', 'The moment as recorded, ISO 8601 with its UTC offset'),
    text(
      'status',
      'What happened: creating (sale started, before SecPaid was asked), created (payment link made), paid, ' +
        'cancelled, failed, refund_requested, refund_sent, refund_refused; other values are rows of a newer version'
    ),
    text('reference', "The sale's reference (also the recipient note at SecPaid); joins a sale's rows"),
    text('till', 'The till (device) that made the sale'),
    count('till_sale_number', "The sale's number on its till for its day"),
    text('environment', 'Where the payment link lives: production (live SecPaid), development (sandbox), demo'),
    count('amount_cents', 'Amount in cents: the sale total on creating rows, the refund on refund_requested rows'),
    euros('amount', 'The same amount in euros'),
    count('tip_cents', 'Tip in cents, part of amount (creating rows)'),
    euros('tip', 'The same tip in euros'),
    text('tip_kind', "Whom the tip belonged to when the sale was made: staff, or shop (the shop's revenue)"),
    text(
      'vat_exempt',
      'On creating rows: yes when sold as Kleinunternehmer (section 19 UStG, no VAT), no when split by rate in ' +
        'vat.csv; empty for rows written before VAT was recorded'
    ),
    text('cashier', 'Who was signed in when the row was written (owner or a cashier id); empty for the owner alone'),
    text('refund_full', 'On refund_requested rows: yes for the whole sale, no for a part'),
    count('link_id', "SecPaid's payment link id (created rows)"),
    text('pay_link', 'The payment link (created rows)'),
    text('note', "The cashier's note (creating rows)"),
    text('failure', 'Reason code of a failed sale or a refused refund'),
    text('prev_hash', 'SHA-256 hash of the row before (64 zeros before row 1)'),
    text('hash', 'SHA-256 over prev_hash, a line feed, seq, a line feed and line_json (UTF-8): the hash chain'),
    text('line_json', 'The row exactly as stored and hashed (JSON)')
  ]
}

export const SALE_ITEMS: AuditTable = {
  file: 'sale_items.csv',
  name: 'sale_items',
  description: 'The item lines of the sales started in the period (creating rows with items)',
  primaryKey: 2,
  foreignKey: { column: 'seq', references: STATUS_CHANGES.name },
  columns: [
    count('seq', 'The creating row of status_changes these lines belong to'),
    count('position', 'Line number within the sale (1, 2, ...)'),
    text('reference', "The sale's reference"),
    text('product_id', 'Product id from the price list (empty for a typed amount)'),
    text('name', 'Product name as sold'),
    count('quantity', 'Quantity'),
    count('unit_cents', 'Unit price in cents'),
    euros('unit_price', 'Unit price in euros'),
    count('total_cents', 'Line total in cents (quantity times unit price)'),
    euros('total', 'Line total in euros')
  ]
}

export const SALE_VAT: AuditTable = {
  file: 'vat.csv',
  name: 'vat',
  description:
    'The VAT of the sales started in the period, one record per rate of each sale (creating rows with a VAT split), ' +
    'as computed and journaled at Charge; a tip that is not the shop revenue is in none',
  primaryKey: 2,
  foreignKey: { column: 'seq', references: STATUS_CHANGES.name },
  columns: [
    count('seq', 'The creating row of status_changes this split belongs to'),
    count('rate_percent', 'VAT rate in whole percent (19, 7, 0, ...)'),
    text('reference', "The sale's reference"),
    count('gross_cents', 'Gross at this rate in cents (net plus VAT)'),
    euros('gross', 'The same gross in euros'),
    count('net_cents', 'Net at this rate in cents'),
    euros('net', 'The same net in euros'),
    count('vat_cents', 'VAT at this rate in cents'),
    euros('vat', 'The same VAT in euros')
  ]
}

export const CHAIN_HEADS: AuditTable = {
  file: 'chain_heads.csv',
  name: 'chain_heads',
  description: 'The hash chain at the end of each day of the period: compare with the heads printed on the day closes',
  primaryKey: 1,
  columns: [
    date('date', 'Local calendar day (DD.MM.YYYY)'),
    count('rows', 'Rows recorded that day'),
    count('first_seq', 'First row of the day'),
    count('last_seq', 'Last row of the day'),
    text('prev_hash', 'Hash of the row before first_seq'),
    text('head', 'Hash of last_seq: the chain head at the end of the day'),
    text('head_short', 'The head as printed on the day close (its first 12 characters)')
  ]
}

export const CLOSING_HEADS: AuditTable = {
  file: 'closing_heads.csv',
  name: 'closing_heads',
  description:
    'The day closes in the period: each closing row (status day_closed) and its hash, the head the close showed and ' +
    'printed, which vouches for its totals and every row before',
  primaryKey: 1,
  foreignKey: { column: 'seq', references: STATUS_CHANGES.name },
  columns: [
    count('seq', 'The closing row of status_changes'),
    date('date', 'Local calendar day the close was made (DD.MM.YYYY)'),
    text('time', 'Local time the close was made (HH:MM:SS)'),
    text('closed_from', 'Start of the range the close counted, as recorded'),
    text('closed_to', 'End of the range the close counted, as recorded'),
    text('environment', 'The environment the close counted (empty: all)'),
    text('head', 'Hash of the closing row: the chain head the close showed'),
    text('head_short', 'The head as printed on the day close (its first 12 characters)')
  ]
}

export const AUDIT_TABLES: readonly AuditTable[] = [STATUS_CHANGES, SALE_ITEMS, SALE_VAT, CHAIN_HEADS, CLOSING_HEADS]
