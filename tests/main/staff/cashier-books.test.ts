import { afterEach, describe, expect, it } from 'vitest'

import type { DayCloseReport, SalesRow } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { appendJournalLines, journalRows } from '../../support/journal-rows'
import { addCashier, offerCoffee, paidCoffees, switchTo } from '../../support/staff-bench'

let bench: DemoBackend | null = null
afterEach(async () => {
  await bench?.close()
  bench = null
})

const TODAY = () => new Date().toLocaleDateString('sv-SE')
const lineOf = (row: { line: string }) => JSON.parse(row.line) as Record<string, unknown>

describe('every journal row names who wrote it, and the books go per cashier', () => {
  it('a shop without cashiers writes rows as before: no cashier field, no per-cashier part', async () => {
    bench = await openDemoBackend({ testing: { requestBudget: null } })
    await offerCoffee(bench)
    await paidCoffees(bench, 1)
    expect(journalRows(bench.booksPath).map((row) => 'cashier' in lineOf(row))).not.toContain(true)
    const closed = await bench.call<DayCloseReport>('dayClose', { from: TODAY(), to: TODAY() })
    expect(closed.ok && closed.value.cashiers).toBeUndefined()
    const rows = await bench.call<{ rows: SalesRow[] }>('salesRows', { from: TODAY(), to: TODAY() })
    expect(rows.ok && rows.value.rows[0]).not.toHaveProperty('cashier')
  })

  it('sale, paid, cancel and refund rows carry the cashier signed in; the day close and CSV count per cashier', async () => {
    bench = await openDemoBackend({ testing: { requestBudget: null } })
    await offerCoffee(bench)
    // A sale of the owner alone, from before there were cashiers: its lines name nobody and read as the owner's.
    const before = await paidCoffees(bench, 1)
    const anna = await addCashier(bench, 'Anna', '1234', ['cancel'])
    const ben = await addCashier(bench, 'Ben', '5678', ['refund', 'dayClose', 'export'])

    await switchTo(bench, anna, '1234')
    const annas = await paidCoffees(bench, 2)
    const waiting = await bench.call<{ linkId: number; reference: string }>('charge', {
      sale: { lines: [{ kind: 'product', productId: 'coffee', quantity: 1 }], tip: { kind: 'none' } }
    })
    if (!waiting.ok) throw new Error('not charged')
    expect(await bench.call('cancelSale', { linkId: waiting.value.linkId })).toMatchObject({ ok: true })

    await switchTo(bench, ben, '5678')
    const bens = await paidCoffees(bench, 3)
    expect(await bench.call('refundSale', { reference: annas, amountCents: 300, pin: '5678' })).toMatchObject({
      ok: true,
      value: { state: 'sent' }
    })

    const rows = journalRows(bench.booksPath).map(lineOf)
    const whoWrote = (reference: string) =>
      rows.filter((line) => line.reference === reference).map((line) => [line.type, line.cashier])
    expect(whoWrote(before).every(([, cashier]) => cashier === undefined)).toBe(true)
    expect(whoWrote(annas)).toEqual([
      ['creating', anna],
      ['created', anna],
      ['paid', anna],
      ['refund_requested', ben],
      ['refund_sent', ben]
    ])
    expect(whoWrote(waiting.value.reference)).toEqual([
      ['creating', anna],
      ['created', anna],
      ['cancelled', anna]
    ])
    expect(whoWrote(bens).map(([, cashier]) => cashier)).toEqual([ben, ben, ben])

    const closed = await bench.call<DayCloseReport>('dayClose', { from: TODAY(), to: TODAY() })
    if (!closed.ok) throw new Error(closed.error.code)
    // Coffee 3,00 € with a 10 % tip: 1 → 3,30 €, 2 → 6,60 €, 3 → 9,90 €.
    expect(closed.value.cashiers).toEqual([
      { cashier: 'owner', name: null, count: 1, grossCents: 330, tipCents: 30, refundCount: 0, refundCents: 0 },
      { cashier: anna, name: 'Anna', count: 1, grossCents: 660, tipCents: 60, refundCount: 0, refundCents: 0 },
      { cashier: ben, name: 'Ben', count: 1, grossCents: 990, tipCents: 90, refundCount: 1, refundCents: 300 }
    ])
    const csv = await bench.call<{ rows: SalesRow[] }>('salesRows', { from: TODAY(), to: TODAY() })
    if (!csv.ok) throw new Error(csv.error.code)
    const cashierOf = (reference: string) => csv.value.rows.find((row) => row.reference === reference)?.cashier
    expect(cashierOf(before)).toEqual({ id: 'owner', name: null })
    expect(cashierOf(annas)).toEqual({ id: anna, name: 'Anna' })
    expect(cashierOf(bens)).toEqual({ id: ben, name: 'Ben' })
  })

  it('a line naming no cashier id (hand-edited) is read without one: the owner’s', async () => {
    bench = await openDemoBackend({ testing: { requestBudget: null } })
    const at = new Date().toISOString()
    appendJournalLines(
      bench.booksPath,
      [
        { type: 'creating', reference: 'POS-a', amountCents: 100, note: '', at, cashier: 'c-0000000z' },
        { type: 'creating', reference: 'POS-b', amountCents: 200, note: '', at, cashier: 'c-0000abcd' }
      ]
        .map((line) => JSON.stringify(line))
        .join('\n')
    )
    const { parseJournalLine } = await import('../../../src-main/journal/journal-line-schema')
    const [bad, good] = journalRows(bench.booksPath).map((row) => parseJournalLine(row.line))
    expect(bad).not.toHaveProperty('cashier')
    expect(good).toMatchObject({ cashier: 'c-0000abcd' })
  })
})
