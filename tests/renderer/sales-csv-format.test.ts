import { describe, expect, it } from 'vitest'

import type { SalesRow } from '../../src-preload/contract'
import { csvField, formatSalesCsv, salesCsvFileName } from '../../src-renderer/src/lib/format/sales-csv-format'
import { translate } from '../../src-renderer/src/lib/words/i18n'
import { spreadsheetRows } from '../support/spreadsheet-csv'

const row = (overrides: Partial<SalesRow>): SalesRow => ({
  date: '2026-11-02',
  time: '14:05:09',
  till: 'abcde',
  reference: 'POS-1-20261102-abcde-0001',
  note: '',
  amountCents: 1234,
  tipCents: null,
  status: 'paid',
  linkId: 99290,
  refundCents: null,
  failure: null,
  ...overrides
})

const rows = [
  row({ note: 'Grüße; "Tisch 4"', amountCents: 123456, tipCents: 150 }),
  row({ note: '=HYPERLINK("http://x")', amountCents: 5, status: 'paid', refundCents: 5, linkId: null }),
  row({ note: 'two\r\nlines, and a comma', till: null, status: 'waiting' }),
  row({ status: 'failed', linkId: null, failure: 'link_not_created:secpaid_refused (Amount is too large)' })
]

describe('the sales CSV opens as columns in the language’s spreadsheet', () => {
  it('German: semicolons, decimal comma, dd.mm.yyyy, German headers and statuses, a BOM', () => {
    const csv = formatSalesCsv(rows, 'de', (key) => translate('de', key))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const table = spreadsheetRows(csv.slice(1), ';')
    expect(table[0]).toEqual([
      'Datum',
      'Uhrzeit',
      'Kasse',
      'Referenz',
      'Notiz',
      'Betrag (EUR)',
      'Trinkgeld (EUR)',
      'Status',
      'SecPaid-Link',
      'Erstattung (EUR)',
      'Fehler (Code)',
      'Trinkgeld Personal (EUR)',
      'Trinkgeld Betrieb (EUR)'
    ])
    expect(table[1]).toEqual([
      '02.11.2026',
      '14:05:09',
      'abcde',
      'POS-1-20261102-abcde-0001',
      'Grüße; "Tisch 4"',
      '1234,56',
      '1,50',
      'Bezahlt',
      '99290',
      '',
      '',
      '',
      ''
    ])
    expect(table[2]?.slice(4, 10)).toEqual(['\'=HYPERLINK("http://x")', '0,05', '', 'Erstattung angefragt', '', '0,05'])
    expect(table[3]?.[4]).toBe('two\r\nlines, and a comma')
    expect(table[4]?.slice(7)).toEqual([
      'Fehlgeschlagen',
      '',
      '',
      'link_not_created:secpaid_refused (Amount is too large)',
      '',
      ''
    ])
    expect(table).toHaveLength(5)
  })

  it('English: commas, decimal point, ISO dates, English headers', () => {
    const table = spreadsheetRows(formatSalesCsv(rows, 'en', (key) => translate('en', key)).slice(1), ',')
    expect(table[0]?.[5]).toBe('Amount (EUR)')
    expect(table[1]?.slice(0, 8)).toEqual([
      '2026-11-02',
      '14:05:09',
      'abcde',
      'POS-1-20261102-abcde-0001',
      'Grüße; "Tisch 4"',
      '1234.56',
      '1.50',
      'Paid'
    ])
    expect(table[3]?.[4]).toBe('two\r\nlines, and a comma')
    expect(table.every((line) => line.length === 13)).toBe(true)
  })

  it('no field a spreadsheet would run as a formula starts with = + - @ once written', () => {
    for (const text of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1']) {
      const written = csvField(text, ';')
      expect(written.replace(/^"/, '')).toMatch(/^'/)
    }
    expect(csvField('plain', ';')).toBe('plain')
  })

  it('defuses the full-width ＝ ＋ － ＠ a spreadsheet also reads as a formula, and one behind an invisible character', () => {
    for (const text of ['＝1+1', '＋1', '－2', '＠SUM(A1)', '\u200B=1+1', '\uFEFF＝1']) {
      const written = csvField(text, ';')
      expect(written.replace(/^"/, ''), JSON.stringify(text)).toMatch(/^'/)
    }
    const [, line] = formatSalesCsv([row({ note: '＝HYPERLINK("http://x")' })], 'en', (key) => key)
      .slice(1)
      .split('\r\n')
    expect(line).toContain('"\'＝HYPERLINK(""http://x"")"')
    expect(csvField('Kaffee ＝ Tee', ';')).toBe('Kaffee ＝ Tee')
  })

  it('names the file for its range', () => {
    expect(salesCsvFileName('2026-11-01', '2026-11-30')).toBe('secpaid-sales-2026-11-01_2026-11-30.csv')
  })
})
