import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { salesRows } from '../../../src-main/books/sales-rows'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import type { SaleRecord } from '../../../src-main/journal/sale-record'
import { summarizeDay } from '../../../src-main/sale/sales-summary'
import { formatSalesCsv } from '../../../src-renderer/src/lib/format/sales-csv-format'
import { translate } from '../../../src-renderer/src/lib/words/i18n'
import { booksAfterPowerCut, journalRows } from '../../support/journal-rows'

/** The one export path: main's rows, written by the renderer's formatter for an English spreadsheet. */
const salesToCsv = (sales: readonly SaleRecord[]) =>
  formatSalesCsv(salesRows(sales), 'en', (key) => translate('en', key))

describe('sale journal in a real books database', () => {
  let folder: string
  let filePath: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-journal-'))
    filePath = join(folder, 'books.sqlite')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  const at = (hour: number) => new Date(2026, 10, 21, hour).toISOString()

  it('folds status changes into one record per sale, with their timestamps', () => {
    const journal = openSaleJournal(filePath)
    journal.append({ type: 'creating', reference: 'R1', amountCents: 1999, note: 'Table 4', at: at(9) })
    journal.append({ type: 'created', reference: 'R1', linkId: 7, payLink: 'https://p/7', qrImg: null, at: at(9) })
    const paid = journal.append({ type: 'paid', reference: 'R1', at: at(10) })
    expect(paid).toMatchObject({ reference: 'R1', amountCents: 1999, linkId: 7, status: 'paid', note: 'Table 4' })
    expect(paid.history.map((change) => change.status)).toEqual(['creating', 'created', 'paid'])
  })

  it('survives a restart: a reopened journal holds the same sales', () => {
    const journal = openSaleJournal(filePath)
    journal.append({ type: 'creating', reference: 'R1', amountCents: 100, note: '', at: at(9) })
    journal.append({
      type: 'failed',
      reference: 'R1',
      failure: { code: 'secpaid_refused', secpaidMessage: 'Amount should not be zero or negative number' },
      at: at(9)
    })
    expect(openSaleJournal(filePath).all()).toEqual(journal.all())
  })

  it('keeps every sale before a commit torn by a crash mid-write (the WAL cut short)', () => {
    const journal = openSaleJournal(filePath)
    journal.append({ type: 'creating', reference: 'R1', amountCents: 100, note: '', at: at(9) })
    journal.append({ type: 'created', reference: 'R1', linkId: 7, payLink: 'https://p/7', qrImg: null, at: at(9) })
    // A power cut while the last commit was being written: the copy's WAL ends inside it.
    const crashed = mkdtempSync(join(folder, 'crashed-'))
    filePath = booksAfterPowerCut(filePath, crashed, 100)
    journal.close()
    const reopened = openSaleJournal(filePath)
    expect(reopened.get('R1')).toMatchObject({ status: 'creating', amountCents: 100 })
    expect(reopened.status()).toMatchObject({ writable: true, quarantined: null, problem: null })
    reopened.append({ type: 'creating', reference: 'R2', amountCents: 200, note: '', at: at(9) })
    expect(
      openSaleJournal(filePath)
        .all()
        .map((sale) => sale.reference)
    ).toEqual(['R1', 'R2'])
  })

  it("sums today's sales in cents: paid vs pending, cancelled apart, failed and other days left out", () => {
    const journal = openSaleJournal(filePath)
    const sale = (reference: string, amountCents: number, hour: number, day = 21) => {
      journal.append({
        type: 'creating',
        reference,
        amountCents,
        note: '',
        at: new Date(2026, 10, day, hour).toISOString()
      })
      journal.append({ type: 'created', reference, linkId: amountCents, payLink: '', qrImg: null, at: at(hour) })
    }
    sale('A', 1010, 9)
    sale('B', 2020, 10)
    sale('C', 3030, 11)
    sale('D', 4040, 12)
    sale('Y', 9999, 12, 20)
    journal.append({ type: 'paid', reference: 'A', at: at(9) })
    journal.append({ type: 'cancelled', reference: 'C', at: at(11) })
    journal.append({ type: 'creating', reference: 'E', amountCents: 5050, note: '', at: at(13) })
    journal.append({ type: 'failed', reference: 'E', failure: { code: 'closed_before_link' }, at: at(13) })
    expect(summarizeDay(journal.all(), '20261121')).toEqual({
      day: '20261121',
      count: 3,
      totalCents: 7070,
      paidCount: 1,
      paidCents: 1010,
      pendingCount: 2,
      pendingCents: 6060,
      cancelledCount: 1,
      refundCount: 0,
      refundCents: 0
    })
  })

  it('exports CSV with exact EUR amounts, quoted fields and formulas defused', () => {
    const journal = openSaleJournal(filePath)
    journal.append({ type: 'creating', reference: 'R1', amountCents: 5, note: '=HYPERLINK("x")', at: at(9) })
    journal.append({ type: 'created', reference: 'R1', linkId: 42, payLink: '', qrImg: null, at: at(9) })
    journal.append({ type: 'paid', reference: 'R1', at: at(10) })
    const lines = salesToCsv(journal.all()).split('\r\n')
    expect(lines[0]).toBe(
      '\uFEFFDate,Time,Till,Reference,Note,Amount (EUR),Tip (EUR),Status,SecPaid link,Refund (EUR),Failure (code),Tip for the staff (EUR),Tip for the shop (EUR)'
    )
    expect(lines[1]?.split(',').slice(3)).toEqual([
      'R1',
      `"'=HYPERLINK(""x"")"`,
      '0.05',
      '',
      'Paid',
      '42',
      '',
      '',
      '',
      ''
    ])
    expect(journalRows(filePath)).toHaveLength(3)
  })

  it('defuses full-width ＝ ＋ － ＠ in the CSV like = + - @, and one behind an invisible character', () => {
    const journal = openSaleJournal(filePath)
    const notes = ['＝HYPERLINK("x")', '＋1', '－2', '＠SUM(A1)', '\u200B=1']
    notes.forEach((note, index) =>
      journal.append({ type: 'creating', reference: `R${index}`, amountCents: 5, note, at: at(9) })
    )
    const noteColumn = salesToCsv(journal.all())
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[4])
    expect(noteColumn).toEqual(notes.map((note) => `"'${note.replaceAll('"', '""')}"`))
  })
})
