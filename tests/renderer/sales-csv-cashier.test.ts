import { describe, expect, it } from 'vitest'

import type { SalesRow } from '../../src-preload/contract'
import { formatSalesCsv } from '../../src-renderer/src/lib/format/sales-csv-format'
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

describe('the sales CSV per cashier', () => {
  it('once main names cashiers, a last column says who charged each sale (the owner in words)', () => {
    const rows = [row({ cashier: { id: 'owner', name: null } }), row({ cashier: { id: 'c-0000abcd', name: 'Anna' } })]
    for (const language of ['en', 'de'] as const) {
      const separator = language === 'de' ? ';' : ','
      const table = spreadsheetRows(
        formatSalesCsv(rows, language, (key) => translate(language, key)).slice(1),
        separator
      )
      expect(table.map((line) => line.at(-1))).toEqual([
        translate(language, 'csvCashier'),
        translate(language, 'staffOwner'),
        'Anna'
      ])
      expect(table.every((line) => line.length === 14)).toBe(true)
    }
  })

  it('without cashiers the CSV keeps its thirteen columns (the two tip kinds last)', () => {
    const table = spreadsheetRows(formatSalesCsv([row({})], 'en', (key) => translate('en', key)).slice(1), ',')
    expect(table.every((line) => line.length === 13)).toBe(true)
  })
})
