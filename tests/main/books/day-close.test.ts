import { describe, expect, it } from 'vitest'

import { fetchPayIns } from '../../../src-main/books/secpaid-day-record'
import { booksAtTestSecPaid, journalSale } from '../../support/books-setup'

const DAY = '2026-11-02'
/** Noon in Berlin (SecPaid's day) and, for a test machine between UTC-10 and UTC+10, the same local day. */
const noon = (minutes = 0) => new Date(Date.parse(`${DAY}T11:00:00Z`) + minutes * 60_000)

describe('day close: the journal beside SecPaid’s own record of the day', () => {
  const bench = booksAtTestSecPaid('counter-day-close-')

  /** A sale of `till` journaled at noon + `minutes`; `paidAtSecPaid` also pays its link there. */
  const sale = async (
    reference: string,
    amountCents: number,
    options: { till?: string; minutes?: number; paidHere?: boolean; paidAtSecPaid?: boolean; journalCents?: number }
  ) => {
    const created = await bench.client.createLink({ amountCents, recipientNote: `${reference} note` })
    if (!created.ok) throw new Error(created.error.message)
    const at = noon(options.minutes).toISOString()
    journalSale(bench.journal, {
      reference,
      amountCents: options.journalCents ?? amountCents,
      note: 'note',
      at,
      linkId: created.value.id,
      payLink: created.value.payLink,
      sequence: { till: options.till ?? 'aaaaa', day: DAY.replaceAll('-', ''), seq: 1 },
      ...(options.paidHere ? { paidAt: at } : {})
    })
    if (options.paidAtSecPaid) bench.secpaid.markPaid(created.value.id, noon(options.minutes))
    return created.value.id
  }

  it('counts and sums by status and till, and sums SecPaid’s gross, fees and net in exact cents', async () => {
    await sale('A-1', 1234, { paidHere: true, paidAtSecPaid: true })
    await sale('A-2', 999, { paidHere: true, paidAtSecPaid: true, minutes: 1 })
    await sale('B-1', 500, { till: 'bbbbb', minutes: 2 })
    const report = await bench.books.dayClose({ from: DAY, to: DAY })
    if (!report.ok) throw new Error(report.error.code)
    expect(report.value.totals.paid).toEqual({ count: 2, cents: 2233 })
    expect(report.value.totals.waiting).toEqual({ count: 1, cents: 500 })
    expect(report.value.tills.map((till) => [till.till, till.totals.paid.count, till.totals.waiting.count])).toEqual([
      ['aaaaa', 2, 0],
      ['bbbbb', 0, 1]
    ])
    // 1 % fee rounded half up per payment: 12 + 10 cents.
    expect(report.value.secpaid).toEqual({
      count: 2,
      grossCents: 2233,
      feeCents: 22,
      netCents: 2211,
      refundCount: 0,
      refundCents: 0
    })
    expect(report.value.differences).toEqual([])
  })

  it('lists what SecPaid was paid that this journal does not know, what it lacks, and amounts that differ', async () => {
    await sale('A-1', 1000, { paidHere: true, paidAtSecPaid: true })
    const missing = await sale('A-2', 700, { paidHere: true, minutes: 1 })
    const differing = await sale('A-3', 300, { paidHere: true, paidAtSecPaid: true, journalCents: 350, minutes: 2 })
    // Another till on the same key (or another app) made and was paid for this link.
    const foreign = await bench.client.createLink({ amountCents: 4200, recipientNote: 'POS-other-0001 bar' })
    if (!foreign.ok) throw new Error('no link')
    bench.secpaid.markPaid(foreign.value.id, noon(3))
    const report = await bench.books.dayClose({ from: DAY, to: DAY })
    if (!report.ok) throw new Error(report.error.code)
    expect(report.value.differences).toEqual(
      expect.arrayContaining([
        {
          kind: 'unknown_here',
          linkId: foreign.value.id,
          amountCents: 4200,
          recipientNote: 'POS-other-0001 bar'
        },
        { kind: 'missing_at_secpaid', reference: 'A-2', linkId: missing, amountCents: 700 },
        { kind: 'amount_differs', reference: 'A-3', linkId: differing, hereCents: 350, secpaidCents: 300 }
      ])
    )
    expect(report.value.differences).toHaveLength(3)
  })

  it('pages through getPayInTransactions until a page comes back short', async () => {
    for (let index = 0; index < 5; index += 1)
      await sale(`P-${index}`, 100 + index, { paidAtSecPaid: true, minutes: index })
    bench.secpaid.resetCounts()
    const payIns = await fetchPayIns(bench.client, [DAY], 2)
    expect(payIns.ok && payIns.transactions.map((payIn) => payIn.amountCents).sort()).toEqual([100, 101, 102, 103, 104])
    expect(bench.secpaid.requestLog().map((request) => request.body)).toEqual([
      { date: DAY, page: 1, limit: 2 },
      { date: DAY, page: 2, limit: 2 },
      { date: DAY, page: 3, limit: 2 }
    ])
  })

  it('says when SecPaid could not be read, and refuses a range that is backwards or too long', async () => {
    await sale('A-1', 100, { paidHere: true })
    bench.secpaid.injectFaults('http500', 1, 'getPayInTransactions')
    const report = await bench.books.dayClose({ from: DAY, to: DAY })
    expect(report).toMatchObject({
      ok: true,
      value: {
        secpaid: null,
        secpaidFailure: { code: 'secpaid_error', httpStatus: 500 },
        totals: { waiting: { count: 0 } }
      }
    })
    expect(await bench.books.dayClose({ from: DAY, to: '2026-11-01' })).toEqual({
      ok: false,
      error: { code: 'range_invalid', maxDays: 31 }
    })
    expect(await bench.books.dayClose({ from: '2026-01-01', to: '2026-03-01' })).toMatchObject({ ok: false })
  })

  it('gives the CSV one row per sale of the range, as data in cents', async () => {
    const linkId = await sale('A-1', 1234, { paidHere: true, paidAtSecPaid: true })
    await bench.books.refundSale({ reference: 'A-1', amountCents: 234 })
    const rows = await bench.books.salesRows({ from: DAY, to: DAY })
    expect(rows).toMatchObject({
      ok: true,
      value: {
        rows: [
          {
            date: DAY,
            till: 'aaaaa',
            reference: 'A-1',
            note: 'note',
            amountCents: 1234,
            status: 'paid',
            linkId,
            refundCents: 234
          }
        ]
      }
    })
  })
})
