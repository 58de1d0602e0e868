import { describe, expect, it } from 'vitest'

import type { SalesRow } from '../../src-preload/contract'
import { formatSalesCsv } from '../../src-renderer/src/lib/format/sales-csv-format'
import { translate } from '../../src-renderer/src/lib/words/i18n'
import { spreadsheetRows } from '../support/spreadsheet-csv'

const row = (overrides: Partial<SalesRow>): SalesRow => ({
  date: '2026-11-02',
  time: '14:05:09',
  till: 'abcde',
  reference: 'POS-1',
  note: '',
  amountCents: 903,
  tipCents: 82,
  status: 'paid',
  linkId: 99290,
  refundCents: null,
  failure: null,
  ...overrides
})

const rows = [
  row({
    vat: {
      exempt: false,
      rates: [
        { ratePercent: 19, grossCents: 500, netCents: 420, vatCents: 80 },
        { ratePercent: 7, grossCents: 321, netCents: 300, vatCents: 21 }
      ]
    },
    refundCents: 450,
    refundVat: {
      exempt: false,
      rates: [
        { ratePercent: 19, grossCents: 249, netCents: 209, vatCents: 40 },
        { ratePercent: 7, grossCents: 160, netCents: 150, vatCents: 10 }
      ]
    }
  }),
  row({ reference: 'POS-2', amountCents: 1000, tipCents: null, vat: { exempt: true, grossCents: 1000 } }),
  row({ reference: 'POS-3', amountCents: 500, tipCents: null })
]

describe('the sales CSV carries VAT per rate from main’s splits', () => {
  it('English: gross, net, VAT and the refund per rate, and sales without VAT apart', () => {
    const csv = formatSalesCsv(rows, 'en', (key, params) => translate('en', key, params))
    const [header, mixed, exempt, older] = spreadsheetRows(csv.slice(1), ',')
    expect(header?.slice(13)).toEqual([
      'Gross 19 % (EUR)',
      'Net 19 % (EUR)',
      'VAT 19 % (EUR)',
      'Refund gross 19 % (EUR)',
      'Refund VAT 19 % (EUR)',
      'Gross 7 % (EUR)',
      'Net 7 % (EUR)',
      'VAT 7 % (EUR)',
      'Refund gross 7 % (EUR)',
      'Refund VAT 7 % (EUR)',
      'Without VAT § 19 UStG (EUR)'
    ])
    expect(mixed?.slice(13)).toEqual([
      '5.00',
      '4.20',
      '0.80',
      '2.49',
      '0.40',
      '3.21',
      '3.00',
      '0.21',
      '1.60',
      '0.10',
      ''
    ])
    expect(exempt?.slice(13)).toEqual(['', '', '', '', '', '', '', '', '', '', '10.00'])
    expect(older?.slice(13)).toEqual(['', '', '', '', '', '', '', '', '', '', ''])
  })

  it('German: the same columns in German with decimal commas; none without any recorded VAT', () => {
    const csv = formatSalesCsv(rows.slice(0, 1), 'de', (key, params) => translate('de', key, params))
    const [header, mixed] = spreadsheetRows(csv.slice(1), ';')
    expect(header?.slice(13, 15)).toEqual(['Brutto 19 % (EUR)', 'Netto 19 % (EUR)'])
    expect(mixed?.slice(13, 16)).toEqual(['5,00', '4,20', '0,80'])
    const older = formatSalesCsv(rows.slice(2), 'de', (key, params) => translate('de', key, params))
    expect(spreadsheetRows(older.slice(1), ';')[0]).toHaveLength(13)
  })
})
