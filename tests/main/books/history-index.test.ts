import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createHistoryIndex } from '../../../src-main/books/history-index'
import { localDay } from '../../../src-main/books/local-day'
import { openSaleJournal, type SaleJournal } from '../../../src-main/journal/sale-journal'
import { journalSale, openTempJournal, type TempJournal } from '../../support/books-setup'

/** Noon local time on the given day, plus `minutes`: well away from midnight in any zone. */
const at = (day: string, minutes = 0) =>
  new Date(new Date(`${day}T12:00:00`).getTime() + minutes * 60_000).toISOString()

describe('sales history from the journal', () => {
  let temp: TempJournal
  let journal: SaleJournal

  const sell = (reference: string, amountCents: number, note: string, when: string, paid = false) =>
    journalSale(journal, {
      reference,
      amountCents,
      note,
      at: when,
      linkId: amountCents,
      payLink: `https://p/${reference}`,
      ...(paid ? { paidAt: when } : {})
    })

  beforeEach(() => {
    temp = openTempJournal('counter-history-')
    journal = temp.journal
  })
  afterEach(() => {
    // A test that restarts the journal holds another than the one the folder opened with.
    journal.close()
    temp.remove()
  })

  it('lists every day newest first, pages with a cursor and never repeats or skips a sale', () => {
    for (let index = 0; index < 7; index += 1) sell(`S-${index}`, 100 + index, '', at('2026-11-02', index))
    sell('T-0', 500, '', at('2026-11-03'))
    const history = createHistoryIndex(journal)
    const first = history.page({ limit: 3 })
    expect(first.sales.map((sale) => sale.reference)).toEqual(['T-0', 'S-6', 'S-5'])
    const second = history.page({ limit: 3, cursor: first.nextCursor ?? '' })
    const third = history.page({ limit: 3, cursor: second.nextCursor ?? '' })
    expect([...second.sales, ...third.sales].map((sale) => sale.reference)).toEqual(['S-4', 'S-3', 'S-2', 'S-1', 'S-0'])
    expect(third.nextCursor).toBeNull()
    expect(first.sales[0]).toMatchObject({ day: '2026-11-03', amountCents: 500, status: 'waiting' })
  })

  it('answers one day or a range of days, and a search by reference, note or amount in either decimal mark', () => {
    sell('A-1', 1234, 'table 4', at('2026-11-01'), true)
    sell('B-1', 990, 'Kaffee', at('2026-11-02'))
    sell('C-1', 2000, 'table 9', at('2026-11-03'), true)
    const history = createHistoryIndex(journal)
    expect(history.page({ day: '2026-11-02' }).sales.map((sale) => sale.reference)).toEqual(['B-1'])
    expect(history.page({ from: '2026-11-02', to: '2026-11-03' }).sales.map((sale) => sale.reference)).toEqual([
      'C-1',
      'B-1'
    ])
    expect(history.page({ search: 'TABLE' }).sales.map((sale) => sale.reference)).toEqual(['C-1', 'A-1'])
    expect(history.page({ search: '12,34' }).sales.map((sale) => sale.reference)).toEqual(['A-1'])
    expect(history.page({ search: '12.34' }).sales.map((sale) => sale.reference)).toEqual(['A-1'])
    expect(history.page({ search: 'b-1' }).sales[0]).toMatchObject({ note: 'Kaffee', status: 'waiting' })
    expect(history.page({ search: 'table', day: '2026-11-03' }).sales.map((sale) => sale.status)).toEqual(['paid'])
  })

  it('keeps up with lines appended after it was built: new sales appear, statuses are current', () => {
    sell('A-1', 100, '', at('2026-11-01'))
    const history = createHistoryIndex(journal)
    sell('A-2', 200, 'late', at('2026-11-01', 5))
    journal.append({ type: 'paid', reference: 'A-1', at: at('2026-11-01', 6) })
    journal.append({
      type: 'refund_requested',
      reference: 'A-1',
      amountCents: 50,
      full: false,
      at: at('2026-11-01', 7)
    })
    const sales = history.page({}).sales
    expect(sales.map((sale) => [sale.reference, sale.status])).toEqual([
      ['A-2', 'waiting'],
      ['A-1', 'paid']
    ])
    expect(sales[1]?.refund).toMatchObject({ amountCents: 50, full: false, state: 'requested' })
  })

  it('places a sale whose clock was set back by its start time, not by when it was written', () => {
    sell('LATE', 100, '', at('2026-11-05'))
    sell('EARLY', 200, '', at('2026-11-04'))
    const history = createHistoryIndex(journal)
    sell('EARLIER', 300, '', at('2026-11-03'))
    expect(history.page({}).sales.map((sale) => sale.reference)).toEqual(['LATE', 'EARLY', 'EARLIER'])
    expect(history.salesIn('2026-11-03', '2026-11-04').map((sale) => sale.reference)).toEqual(['EARLIER', 'EARLY'])
    expect(localDay(new Date(at('2026-11-04')))).toBe('2026-11-04')
  })

  it('reads the same history back after a restart, refund lines included', () => {
    sell('A-1', 1000, 'x', at('2026-11-01'), true)
    journal.append({
      type: 'refund_requested',
      reference: 'A-1',
      amountCents: 1000,
      full: true,
      at: at('2026-11-01', 1)
    })
    journal.append({ type: 'refund_sent', reference: 'A-1', at: at('2026-11-01', 2) })
    journal.close()
    journal = openSaleJournal(temp.path)
    const sale = createHistoryIndex(journal).page({}).sales[0]
    expect(sale).toMatchObject({ status: 'paid', refund: { amountCents: 1000, full: true, state: 'sent' } })
    expect(journal.get('A-1')?.status).toBe('paid')
    expect(journal.get('A-1')?.history.map((change) => change.status)).toEqual([
      'creating',
      'created',
      'paid',
      'refund_requested',
      'refund_sent'
    ])
  })
})
