import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportForAudit } from '../../../src-main/journal/audit-export/export-audit'
import { rowHash } from '../../../src-main/journal/row-hash'
import type { SaleEvent } from '../../../src-main/sale/sale-record'
import { csvField as appCsvField } from '../../../src-renderer/src/lib/sales-csv-format'
import { csvText } from '../../../src-main/journal/audit-export/audit-csv'
import { readCsv } from '../../support/audit-csv-reader'
import { appendRows, openTempBooks, type TempBooks } from '../../support/books-rows'
import { childrenOf, childText, parseXml, type XmlElement } from '../../support/xml-document'

const opened: TempBooks[] = []
afterEach(() => {
  for (const books of opened.splice(0)) books.remove()
})

const FORMULA_NOTE = '=HYPERLINK("http://evil.example","Zahlung")'
const FORMULA_NAME = '@SUM(A1:A9)'

/**
 * Sales around 1 and 2 December 2026 (Berlin is UTC+1 then): one started a second before the period and paid in it,
 * one with items, a tip and a partial refund, a failed demo sale, a cancelled one, a refused refund, a row of a newer
 * version, and a row just after the period in Berlin (still 2 December in New York).
 */
const JOURNAL: SaleEvent[] = [
  {
    type: 'creating',
    reference: 'POS-0',
    amountCents: 990,
    note: '',
    at: '2026-11-30T22:59:59.000Z',
    environment: 'production',
    sequence: { till: 'till-a', day: '20261130', seq: 7 }
  },
  {
    type: 'created',
    reference: 'POS-0',
    linkId: 100,
    payLink: 'https://pay.example/100',
    qrImg: null,
    at: '2026-11-30T23:00:00.000Z'
  },
  { type: 'paid', reference: 'POS-0', at: '2026-11-30T23:01:00.000Z' },
  {
    type: 'creating',
    reference: 'POS-1',
    amountCents: 2450,
    note: FORMULA_NOTE,
    at: '2026-12-01T09:00:00.000Z',
    environment: 'production',
    sequence: { till: 'till-a', day: '20261201', seq: 1 },
    tipCents: 100,
    items: [
      { productId: 'p-1', name: 'Käse; "alt"', unitCents: 450, quantity: 3, totalCents: 1350 },
      { productId: null, name: FORMULA_NAME, unitCents: 1000, quantity: 1, totalCents: 1000 }
    ]
  },
  {
    type: 'created',
    reference: 'POS-1',
    linkId: 101,
    payLink: 'https://pay.example/101',
    qrImg: null,
    at: '2026-12-01T09:00:01.000Z'
  },
  { type: 'paid', reference: 'POS-1', at: '2026-12-01T09:02:00.000Z' },
  {
    type: 'creating',
    reference: 'POS-2',
    amountCents: 1234,
    note: '-5 Rabatt',
    at: '2026-12-01T10:00:00.000Z',
    environment: 'demo'
  },
  { type: 'failed', reference: 'POS-2', failure: { code: 'timeout', seconds: 30 }, at: '2026-12-01T10:00:30.000Z' },
  {
    type: 'creating',
    reference: 'POS-3',
    amountCents: 700,
    note: 'Tisch 4',
    at: '2026-12-02T08:00:00.000Z',
    environment: 'production',
    sequence: { till: 'till-b', day: '20261202', seq: 1 }
  },
  {
    type: 'created',
    reference: 'POS-3',
    linkId: 102,
    payLink: 'https://pay.example/102',
    qrImg: null,
    at: '2026-12-02T08:00:01.000Z'
  },
  { type: 'cancelled', reference: 'POS-3', at: '2026-12-02T08:05:00.000Z' },
  { type: 'refund_requested', reference: 'POS-1', amountCents: 500, full: false, at: '2026-12-02T12:00:00.000Z' },
  { type: 'refund_sent', reference: 'POS-1', at: '2026-12-02T12:00:02.000Z' },
  { type: 'refund_requested', reference: 'POS-0', amountCents: 990, full: true, at: '2026-12-02T13:00:00.000Z' },
  {
    type: 'refund_refused',
    reference: 'POS-0',
    refusal: { code: 'refund_blocked_dispute' },
    at: '2026-12-02T13:00:01.000Z'
  },
  {
    type: 'day_closed',
    reference: 'DAY-20261202',
    at: '2026-12-02T20:00:00.000Z',
    head: 'abc'
  } as unknown as SaleEvent,
  {
    type: 'creating',
    reference: 'POS-4',
    amountCents: 300,
    note: '',
    at: '2026-12-02T23:30:00.000Z',
    environment: 'production'
  }
]

function booksWithJournal() {
  const books = openTempBooks('audit-export-')
  opened.push(books)
  appendRows(books.database, JOURNAL)
  const target = join(books.folder, 'for-the-auditor')
  mkdirSync(target)
  return { books, target }
}

/** What the journal holds for the period, computed here on its own: rows, and cents by status. */
function expectedFromJournal(books: TempBooks, from: string, to: string, timeZone: string) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  const rows = (
    books.database.prepare('SELECT seq, line, hash FROM journal ORDER BY seq').all() as {
      seq: number
      line: string
      hash: string
    }[]
  ).filter((row) => {
    const local = day.format(new Date((JSON.parse(row.line) as { at: string }).at))
    return local >= from && local <= to
  })
  const centsByStatus: Record<string, number> = {}
  for (const row of rows) {
    const event = JSON.parse(row.line) as { type: string; amountCents?: number }
    if (event.amountCents !== undefined) {
      centsByStatus[event.type] = (centsByStatus[event.type] ?? 0) + event.amountCents
    }
  }
  return { rows, centsByStatus }
}

/** Euros as written ("24,50") back to cents, from the digits. */
const centsOf = (euros: string) => {
  const [whole = '', fraction = ''] = euros.split(',')
  expect(fraction).toMatch(/^\d\d$/)
  return Number(whole) * 100 + Number(fraction)
}

interface ImportedTable {
  name: string
  columns: { name: string; kind: string; accuracy: string | undefined }[]
  records: Record<string, string>[]
}

/** Imports the export as audit software does: index.xml first, then each CSV by what it declares. */
async function importExport(folder: string): Promise<Map<string, ImportedTable>> {
  const document = await parseXml(readFileSync(join(folder, 'index.xml'), 'utf8'))
  expect(document.doctype).toMatchObject({ name: 'DataSet', systemId: 'gdpdu-01-08-2002.dtd' })
  expect(existsSync(join(folder, 'gdpdu-01-08-2002.dtd'))).toBe(true)
  const media = childrenOf(document.documentElement).filter((child) => child.tagName === 'Media')
  expect(media).toHaveLength(1)
  const tables = new Map<string, ImportedTable>()
  for (const table of childrenOf(media[0] as XmlElement).filter((child) => child.tagName === 'Table')) {
    const url = childText(table, 'URL') ?? ''
    const bytes = readFileSync(join(folder, url))
    const variable = childrenOf(table).find((child) => child.tagName === 'VariableLength') as XmlElement
    const columns = childrenOf(variable)
      .filter((child) => child.tagName === 'VariableColumn' || child.tagName === 'VariablePrimaryKey')
      .map((column) => {
        const type = childrenOf(column).find((child) => ['Numeric', 'AlphaNumeric', 'Date'].includes(child.tagName))
        return {
          name: childText(column, 'Name') ?? '',
          kind: type?.tagName ?? '',
          accuracy: type && childText(type, 'Accuracy')
        }
      })
    const [delimiter, recordDelimiter, encapsulator] = ['ColumnDelimiter', 'RecordDelimiter', 'TextEncapsulator'].map(
      (name) => childText(variable, name) ?? ''
    )
    expect(childrenOf(table).some((child) => child.tagName === 'UTF8')).toBe(true)
    const all = readCsv(bytes.toString('utf8'), delimiter ?? '', encapsulator ?? '', recordDelimiter ?? '')
    // The header names every column the XML names, in that order, and is exactly the bytes it says to skip.
    expect(all[0]).toEqual(columns.map((column) => column.name))
    const skip = Number(childText(table, 'SkipNumBytes'))
    const data = readCsv(
      bytes.subarray(skip).toString('utf8'),
      delimiter ?? '',
      encapsulator ?? '',
      recordDelimiter ?? ''
    )
    expect(data).toEqual(all.slice(1))
    for (const record of data) expect(record).toHaveLength(columns.length)
    const decimal = childText(table, 'DecimalSymbol')
    const records = data.map((fields) =>
      Object.fromEntries(columns.map((column, index) => [column.name, fields[index] ?? '']))
    )
    for (const record of records) {
      for (const column of columns) {
        const value = record[column.name] ?? ''
        if (value === '') continue
        if (column.kind === 'Numeric') {
          expect(value).toMatch(column.accuracy === '2' ? new RegExp(`^\\d+\\${decimal}\\d{2}$`) : /^\d+$/)
        }
        if (column.kind === 'Date') expect(value).toMatch(/^\d\d\.\d\d\.\d{4}$/)
      }
    }
    tables.set(childText(table, 'Name') ?? url, { name: url, columns, records })
  }
  return tables
}

describe('the audit export', () => {
  it('writes every row of the period as CSV files with index.xml, its DTD and a README', async () => {
    const { books, target } = booksWithJournal()
    const result = exportForAudit(books.database, { from: '2026-12-01', to: '2026-12-02', folder: target })
    expect(result).toMatchObject({ ok: true, rows: 15, folder: join(target, 'secpaid-audit-2026-12-01_2026-12-02') })
    if (!result.ok) return
    expect(readdirSync(target)).toEqual(['secpaid-audit-2026-12-01_2026-12-02'])
    expect(readdirSync(result.folder).sort()).toEqual([
      'README.txt',
      'chain_heads.csv',
      'gdpdu-01-08-2002.dtd',
      'index.xml',
      'sale_items.csv',
      'status_changes.csv'
    ])
  })

  it('re-imports through index.xml to the same rows and totals as the journal, hashes included', async () => {
    const { books, target } = booksWithJournal()
    const result = exportForAudit(books.database, { from: '2026-12-01', to: '2026-12-02', folder: target })
    if (!result.ok) throw new Error(result.reason)
    const tables = await importExport(result.folder)
    const expected = expectedFromJournal(books, '2026-12-01', '2026-12-02', 'Europe/Berlin')

    const changes = tables.get('status_changes')?.records ?? []
    expect(changes.map((record) => Number(record.seq))).toEqual(expected.rows.map((row) => row.seq))
    const centsByStatus: Record<string, number> = {}
    const eurosByStatus: Record<string, number> = {}
    for (const record of changes) {
      if (record.amount_cents === '') continue
      const status = record.status ?? ''
      centsByStatus[status] = (centsByStatus[status] ?? 0) + Number(record.amount_cents)
      eurosByStatus[status] = (eurosByStatus[status] ?? 0) + centsOf(record.amount ?? '')
    }
    expect(centsByStatus).toEqual(expected.centsByStatus)
    expect(eurosByStatus).toEqual(expected.centsByStatus)
    // Each row re-verifies from the export alone: its hash over prev_hash, seq and the row as stored.
    for (const record of changes) {
      expect(rowHash(record.prev_hash ?? '', Number(record.seq), record.line_json ?? '')).toBe(record.hash)
    }

    const items = tables.get('sale_items')?.records ?? []
    expect(items.map((item) => Number(item.total_cents)).reduce((a, b) => a + b, 0)).toBe(2350)
    expect(items.map((item) => centsOf(item.total ?? '')).reduce((a, b) => a + b, 0)).toBe(2350)
    expect(items[0]).toMatchObject({
      seq: '4',
      position: '1',
      reference: 'POS-1',
      name: 'Käse; "alt"',
      quantity: '3',
      unit_price: '4,50'
    })

    const heads = tables.get('chain_heads')?.records ?? []
    expect(heads.map((head) => [head.date, head.rows, head.last_seq])).toEqual([
      ['01.12.2026', '7', '8'],
      ['02.12.2026', '8', '16']
    ])
    expect(heads[1]?.head).toBe(expected.rows.at(-1)?.hash)
  })

  it("carries a sale's till and environment to its rows, also when it was started before the period", async () => {
    const { books, target } = booksWithJournal()
    const result = exportForAudit(books.database, { from: '2026-12-01', to: '2026-12-02', folder: target })
    if (!result.ok) throw new Error(result.reason)
    const changes = (await importExport(result.folder)).get('status_changes')?.records ?? []
    const bySeq = (seq: number) => changes.find((record) => record.seq === String(seq))
    // POS-0 started at 23:59:59 on 30 November in Berlin: its link (00:00:00 on 1 December) is the first row here.
    expect(bySeq(2)).toMatchObject({
      date: '01.12.2026',
      time: '00:00:00',
      status: 'created',
      reference: 'POS-0',
      till: 'till-a',
      environment: 'production',
      link_id: '100'
    })
    expect(bySeq(15)).toMatchObject({
      status: 'refund_refused',
      reference: 'POS-0',
      till: 'till-a',
      failure: 'refund_blocked_dispute'
    })
    expect(bySeq(4)).toMatchObject({
      status: 'creating',
      till: 'till-a',
      till_sale_number: '1',
      amount: '24,50',
      tip_cents: '100',
      tip: '1,00'
    })
    expect(bySeq(7)).toMatchObject({ environment: 'demo', amount_cents: '1234' })
    expect(bySeq(8)).toMatchObject({ status: 'failed', environment: 'demo', failure: 'timeout' })
    expect(bySeq(12)).toMatchObject({
      status: 'refund_requested',
      amount_cents: '500',
      amount: '5,00',
      refund_full: 'no'
    })
    expect(bySeq(16)).toMatchObject({ status: 'day_closed', reference: 'DAY-20261202', amount: '' })
    expect(bySeq(17)).toBeUndefined()
  })

  it("defuses text a spreadsheet would run as a formula, by the same rule as the app's sales CSV", async () => {
    const { books, target } = booksWithJournal()
    const result = exportForAudit(books.database, { from: '2026-12-01', to: '2026-12-02', folder: target })
    if (!result.ok) throw new Error(result.reason)
    const raw = readFileSync(join(result.folder, 'status_changes.csv'), 'utf8')
    expect(raw).toContain(`;"'=HYPERLINK(""http://evil.example"",""Zahlung"")";`)
    expect(raw).toContain(`;"'-5 Rabatt";`)
    const tables = await importExport(result.folder)
    expect(tables.get('status_changes')?.records.find((record) => record.seq === '4')?.note).toBe(`'${FORMULA_NOTE}`)
    expect(tables.get('sale_items')?.records[1]?.name).toBe(`'${FORMULA_NAME}`)
    // No field of any file starts a formula.
    for (const table of tables.values()) {
      for (const record of table.records) {
        for (const value of Object.values(record))
          expect(value).not.toMatch(/^\p{Cf}*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u)
      }
    }
    const samples = [
      '=1+1',
      '+49 170',
      '-3',
      '@x',
      '\t=1',
      '\u200B=1',
      '＝1',
      'a;b',
      'say "hi"',
      'two\nlines',
      'plain',
      ''
    ]
    for (const sample of samples) expect(csvText(sample)).toBe(appCsvField(sample, ';'))
  })

  it("takes the days in the time zone given: New York's 2 December ends five hours after Berlin's", async () => {
    const { books, target } = booksWithJournal()
    const result = exportForAudit(books.database, {
      from: '2026-12-02',
      to: '2026-12-02',
      folder: target,
      timeZone: 'America/New_York'
    })
    if (!result.ok) throw new Error(result.reason)
    const changes = (await importExport(result.folder)).get('status_changes')?.records ?? []
    const expected = expectedFromJournal(books, '2026-12-02', '2026-12-02', 'America/New_York')
    expect(changes.map((record) => Number(record.seq))).toEqual(expected.rows.map((row) => row.seq))
    expect(changes.at(-1)).toMatchObject({ seq: '17', date: '02.12.2026', time: '18:30:00', reference: 'POS-4' })
    expect(readFileSync(join(result.folder, 'README.txt'), 'utf8')).toContain('time zone America/New_York')
  })

  it('follows the DTD: each element holds its children in the order the Beschreibungsstandard allows', async () => {
    const { books, target } = booksWithJournal()
    const result = exportForAudit(books.database, { from: '2026-12-01', to: '2026-12-02', folder: target })
    if (!result.ok) throw new Error(result.reason)
    const document = await parseXml(readFileSync(join(result.folder, 'index.xml'), 'utf8'))
    const names = (element: XmlElement) =>
      childrenOf(element)
        .map((child) => child.tagName)
        .join(' ')
    // The content models of gdpdu-01-08-2002.dtd for the elements used, as patterns over the children's names.
    const MODELS: Record<string, RegExp> = {
      DataSet: /^Version( DataSupplier)?( Command)*( Media)+( Command)*$/,
      DataSupplier: /^Name Location Comment$/,
      Media: /^Name( Command)*( Table)+( Command)*$/,
      Table:
        /^URL( Name)?( Description)?( Validity)?( (ANSI|Macintosh|OEM|UTF16|UTF7|UTF8))?( DecimalSymbol DigitGroupingSymbol)?( SkipNumBytes)?( Range)?( Epoch)? (VariableLength|FixedLength)$/,
      Validity: /^Range( Format)?$/,
      Range: /^From( (To|Length))?$/,
      VariableLength:
        /^(ColumnDelimiter )?(RecordDelimiter )?(TextEncapsulator )?((VariablePrimaryKey ?)+(VariableColumn ?)*|(VariableColumn ?)+)( ?ForeignKey)*$/,
      VariableColumn: /^Name( Description)? (Numeric|AlphaNumeric( MaxLength)?|Date)( Map)*$/,
      VariablePrimaryKey: /^Name( Description)? (Numeric|AlphaNumeric( MaxLength)?|Date)( Map)*$/,
      Numeric: /^((ImpliedAccuracy|Accuracy))?$/,
      Date: /^(Format)?$/,
      ForeignKey: /^(Name ?)+ ?References$/
    }
    const visit = (element: XmlElement) => {
      const model = MODELS[element.tagName]
      if (model !== undefined)
        expect(`${element.tagName}: ${names(element)}`).toMatch(
          new RegExp(`^${element.tagName}: ${model.source.slice(1)}`)
        )
      childrenOf(element).forEach(visit)
    }
    visit(document.documentElement)
    const dtd = readFileSync(join(result.folder, 'gdpdu-01-08-2002.dtd'), 'utf8')
    for (const element of Object.keys(MODELS)) expect(dtd).toContain(`<!ELEMENT ${element} (`)
  })

  it('parses as XML even with markup in the shop name, and says why when it cannot export', async () => {
    const { books, target } = booksWithJournal()
    const result = exportForAudit(books.database, {
      from: '2026-12-01',
      to: '2026-12-01',
      folder: target,
      supplier: { name: 'Müller & Söhne <Café>', location: 'Köln "Altstadt"' }
    })
    if (!result.ok) throw new Error(result.reason)
    const document = await parseXml(readFileSync(join(result.folder, 'index.xml'), 'utf8'))
    const supplier = childrenOf(document.documentElement).find(
      (child) => child.tagName === 'DataSupplier'
    ) as XmlElement
    expect(childText(supplier, 'Name')).toBe('Müller & Söhne <Café>')
    await expect(parseXml('<DataSet><Media></DataSet>')).rejects.toThrow()

    const at = (request: Partial<Parameters<typeof exportForAudit>[1]>) =>
      exportForAudit(books.database, { from: '2026-12-01', to: '2026-12-02', folder: target, ...request })
    expect(at({ from: '2026-12-03' })).toEqual({ ok: false, reason: 'invalid_period' })
    expect(at({ to: '2026-02-30' })).toEqual({ ok: false, reason: 'invalid_period' })
    expect(at({ timeZone: 'Mars/Olympus' })).toEqual({ ok: false, reason: 'invalid_time_zone' })
    expect(at({ folder: join(target, 'unplugged') })).toEqual({ ok: false, reason: 'folder_missing' })
    // A second export of the same period gets a folder of its own.
    expect(at({})).toMatchObject({ ok: true, folder: join(target, 'secpaid-audit-2026-12-01_2026-12-02') })
    expect(at({})).toMatchObject({ ok: true, folder: join(target, 'secpaid-audit-2026-12-01_2026-12-02-2') })
  })

  it('runs as npm run export-audit -- <data folder> <from> <to> <target> [time zone], on the database read-only', async () => {
    const { books, target } = booksWithJournal()
    books.database.close()
    const run = spawnSync(
      process.execPath,
      [
        'scripts/launch.mjs',
        'scripts/export-audit.ts',
        books.folder,
        '2026-12-01',
        '2026-12-02',
        target,
        'Europe/Berlin'
      ],
      { cwd: join(import.meta.dirname, '..', '..', '..'), encoding: 'utf8', timeout: 30_000 }
    )
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(`exported 15 rows to ${join(target, 'secpaid-audit-2026-12-01_2026-12-02')}\n`)
    expect(run.status).toBe(0)
    const tables = await importExport(join(target, 'secpaid-audit-2026-12-01_2026-12-02'))
    expect(tables.get('status_changes')?.records).toHaveLength(15)
  })
})
