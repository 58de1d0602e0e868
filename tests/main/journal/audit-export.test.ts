import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { csvText } from '../../../src-main/journal/audit-export/audit-csv'
import { exportForAudit } from '../../../src-main/journal/audit-export/export-audit'
import { rowHash } from '../../../src-main/journal/row-hash'
import { csvField as appCsvField } from '../../../src-renderer/src/lib/format/sales-csv-format'
import { centsOf, importExport } from '../../support/audit-import'
import { expectedFromJournal, FORMULA_NAME, FORMULA_NOTE, JOURNAL, POS_1_VAT } from '../../support/audit-journal'
import { appendRows, openTempBooks, type TempBooks } from '../../support/books-rows'
import { childrenOf, childText, parseXml, type XmlElement } from '../../support/xml-document'

const opened: TempBooks[] = []
afterEach(() => {
  for (const books of opened.splice(0)) books.remove()
})

/** The test journal (see audit-journal.ts) in fresh books, and an empty folder for the export. */
function booksWithJournal() {
  const books = openTempBooks('audit-export-')
  opened.push(books)
  appendRows(books.database, JOURNAL)
  const target = join(books.folder, 'for-the-auditor')
  mkdirSync(target)
  return { books, target }
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
      'closing_heads.csv',
      'gdpdu-01-08-2002.dtd',
      'index.xml',
      'sale_items.csv',
      'status_changes.csv',
      'vat.csv'
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
    expect(bySeq(16)).toMatchObject({ status: 'day_closed', reference: '', amount: '', tip_kind: '' })
    expect(bySeq(17)).toBeUndefined()
  })

  it("carries each sale's VAT per rate, tip kind and cashier; re-imported VAT totals equal the day close's", async () => {
    const { books, target } = booksWithJournal()
    const result = exportForAudit(books.database, { from: '2026-12-01', to: '2026-12-02', folder: target })
    if (!result.ok) throw new Error(result.reason)
    const tables = await importExport(result.folder)
    const changes = tables.get('status_changes')?.records ?? []
    expect(changes.find((record) => record.seq === '4')).toMatchObject({
      status: 'creating',
      tip_kind: 'staff',
      vat_exempt: 'no',
      cashier: 'c-0a1b2c3d'
    })
    // A creating row written before VAT and tip kinds were recorded leaves both empty.
    expect(changes.find((record) => record.seq === '9')).toMatchObject({ tip_kind: '', vat_exempt: '', cashier: '' })

    const vat = tables.get('vat')?.records ?? []
    expect(vat.map((record) => [record.seq, record.rate_percent, record.reference])).toEqual([
      ['4', '19', 'POS-1'],
      ['4', '7', 'POS-1']
    ])
    // Totals per rate from the re-imported file, cents and euros alike, equal what the day close's row counted.
    const perRate = (cents: (record: Record<string, string>) => number[]) => {
      const sums: Record<string, number[]> = {}
      for (const record of vat) {
        const values = cents(record)
        sums[record.rate_percent ?? ''] = (sums[record.rate_percent ?? ''] ?? [0, 0, 0]).map((v, i) => v + values[i]!)
      }
      return sums
    }
    const closing = JSON.parse(changes.find((record) => record.status === 'day_closed')?.line_json ?? '{}') as {
      totals: { vat: { sales: typeof POS_1_VAT } }
    }
    const closed = Object.fromEntries(
      closing.totals.vat.sales.map((rate) => [
        String(rate.ratePercent),
        [rate.grossCents, rate.netCents, rate.vatCents]
      ])
    )
    expect(perRate((r) => [Number(r.gross_cents), Number(r.net_cents), Number(r.vat_cents)])).toEqual(closed)
    expect(perRate((r) => [centsOf(r.gross ?? ''), centsOf(r.net ?? ''), centsOf(r.vat ?? '')])).toEqual(closed)

    // The closing row's head is listed with the range it closed, as the close showed and printed it.
    const closes = tables.get('closing_heads')?.records ?? []
    const closingRow = changes.find((record) => record.status === 'day_closed')
    expect(closes).toEqual([
      {
        seq: '16',
        date: '02.12.2026',
        time: '21:00:00',
        closed_from: '2026-12-01T00:00:00+01:00',
        closed_to: '2026-12-03T00:00:00+01:00',
        environment: 'production',
        head: closingRow?.hash,
        head_short: closingRow?.hash?.slice(0, 12)
      }
    ])

    // index.xml names and describes every new column, and each CSV's header carries them.
    const document = await parseXml(readFileSync(join(result.folder, 'index.xml'), 'utf8'))
    const described = new Map<string, string[]>()
    const visit = (element: XmlElement, table: string) => {
      const name = element.tagName === 'Table' ? (childText(element, 'Name') ?? '') : table
      if (element.tagName === 'VariableColumn' || element.tagName === 'VariablePrimaryKey') {
        expect(childText(element, 'Description')).toBeTruthy()
        described.set(name, [...(described.get(name) ?? []), childText(element, 'Name') ?? ''])
      }
      childrenOf(element).forEach((child) => visit(child, name))
    }
    visit(document.documentElement, '')
    expect(described.get('status_changes')).toEqual(expect.arrayContaining(['tip_kind', 'vat_exempt', 'cashier']))
    expect(described.get('vat')).toEqual(
      expect.arrayContaining(['seq', 'rate_percent', 'gross_cents', 'gross', 'net_cents', 'net', 'vat_cents', 'vat'])
    )
    expect(described.get('closing_heads')).toEqual(expect.arrayContaining(['seq', 'head', 'head_short']))
    for (const [table, columns] of described) {
      const file = readFileSync(join(result.folder, `${table}.csv`), 'utf8')
      expect(file.slice(0, file.indexOf('\r\n')).split(';')).toEqual(columns)
    }
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
