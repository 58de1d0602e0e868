import { describe, expect, it } from 'vitest'

import { localDay } from '../../../src-main/books/local-day'
import { booksAtTestSecPaid, journalSale } from '../../support/books-setup'
import { inTimeZone } from '../../support/time-zone'

/** The day close tells the truth: refunds with their own amounts, and each payment on the day it was paid. */
describe('day close: what happened, on the day it happened, over real HTTP', () => {
  const bench = booksAtTestSecPaid('counter-day-close-truth-')

  /** A sale started at `startedAt`; paid here at `paidHere` and at SecPaid at `paidAtSecPaid`, when given. */
  const sale = async (
    reference: string,
    amountCents: number,
    times: { startedAt: string; paidHere?: string; paidAtSecPaid?: string; till?: string }
  ) => {
    const created = await bench.client.createLink({ amountCents, recipientNote: `${reference} note` })
    if (!created.ok) throw new Error(created.error.message)
    journalSale(bench.journal, {
      reference,
      amountCents,
      at: times.startedAt,
      linkId: created.value.id,
      payLink: created.value.payLink,
      sequence: { till: times.till ?? 'aaaaa', day: '20261102', seq: 1 },
      ...(times.paidHere === undefined ? {} : { paidAt: times.paidHere })
    })
    if (times.paidAtSecPaid !== undefined) bench.secpaid.markPaid(created.value.id, new Date(times.paidAtSecPaid))
    return created.value.id
  }
  const dayClose = async (from: string, to = from) => {
    const report = await bench.books.dayClose({ from, to })
    if (!report.ok) throw new Error(report.error.code)
    return report.value
  }

  describe('in Berlin', () => {
    inTimeZone('Europe/Berlin')

    it('a partial refund leaves the sale paid for its amount and is its own line with its own amount', async () => {
      await sale('R-1', 1000, {
        startedAt: '2026-11-02T10:00:00Z',
        paidHere: '2026-11-02T10:01:00Z',
        paidAtSecPaid: '2026-11-02T10:01:00Z'
      })
      await sale('R-2', 500, {
        startedAt: '2026-11-02T10:05:00Z',
        paidHere: '2026-11-02T10:06:00Z',
        paidAtSecPaid: '2026-11-02T10:06:00Z'
      })
      const refunded = await bench.books.refundSale({ reference: 'R-1', amountCents: 100 })
      expect(refunded).toMatchObject({ ok: true, value: { amountCents: 100, state: 'sent' } })

      // The refund is asked for now, so it counts on today's close; the payments on 2 November's.
      const paidDay = await dayClose('2026-11-02')
      expect(paidDay.totals.paid).toEqual({ count: 2, cents: 1500 })
      expect(paidDay.tills[0]?.totals.paid).toEqual({ count: 2, cents: 1500 })
      expect(paidDay.differences).toEqual([])
      const refundDay = await dayClose(localDay(new Date()))
      expect(refundDay.refunds).toEqual({ requested: { count: 0, cents: 0 }, sent: { count: 1, cents: 100 } })
      expect(refundDay.totals.paid).toEqual({ count: 0, cents: 0 })
    })

    it('a sale created at 23:59:30 and paid at 00:00:30 is the second day’s, here as at SecPaid', async () => {
      // 23:59:30 on 2 November in Berlin is 22:59:30 UTC.
      await sale('M-1', 1000, {
        startedAt: '2026-11-02T22:59:30Z',
        paidHere: '2026-11-02T23:00:35Z',
        paidAtSecPaid: '2026-11-02T23:00:30Z'
      })
      const first = await dayClose('2026-11-02')
      expect(first.totals.paid).toEqual({ count: 0, cents: 0 })
      expect(first.secpaid).toMatchObject({ count: 0, grossCents: 0 })
      // Still open when the first day ended: listed apart, not as paid.
      expect(first.totals.waiting).toEqual({ count: 1, cents: 1000 })
      expect(first.openAtClose).toEqual([
        { reference: 'M-1', amountCents: 1000, at: '2026-11-02T22:59:30Z', till: 'aaaaa' }
      ])
      expect(first.differences).toEqual([])

      const second = await dayClose('2026-11-03')
      expect(second.totals.paid).toEqual({ count: 1, cents: 1000 })
      expect(second.secpaid).toMatchObject({ count: 1, grossCents: 1000 })
      expect(second.openAtClose).toEqual([])
      expect(second.differences).toEqual([])
    })

    it('a payment this journal recorded after midnight but SecPaid before is a difference on both days', async () => {
      const linkId = await sale('M-2', 700, {
        startedAt: '2026-11-02T22:59:00Z',
        paidAtSecPaid: '2026-11-02T22:59:50Z', // 23:59:50 at SecPaid
        paidHere: '2026-11-02T23:00:10Z' // 00:00:10 on the 3rd here (the till was offline a moment)
      })
      const first = await dayClose('2026-11-02')
      expect(first.totals.paid.count).toBe(0)
      expect(first.secpaid).toMatchObject({ count: 1, grossCents: 700 })
      expect(first.differences).toEqual([
        {
          kind: 'paid_day_differs',
          reference: 'M-2',
          linkId,
          amountCents: 700,
          herePaidAt: '2026-11-02T23:00:10.000Z',
          secpaidPaidAt: '2026-11-02 23:59:50'
        }
      ])
      const second = await dayClose('2026-11-03')
      expect(second.totals.paid).toEqual({ count: 1, cents: 700 })
      expect(second.differences).toEqual([{ kind: 'missing_at_secpaid', reference: 'M-2', linkId, amountCents: 700 }])
    })

    it('shows the journal’s out-of-order lines of the day to the owner', async () => {
      await sale('O-1', 300, {
        startedAt: '2026-11-02T10:00:00Z',
        paidHere: '2026-11-02T10:01:00Z',
        paidAtSecPaid: '2026-11-02T10:01:00Z'
      })
      bench.journal.append({
        type: 'created',
        reference: 'O-1',
        linkId: 424242,
        payLink: 'https://p/424242',
        qrImg: null,
        at: '2026-11-02T10:02:00Z'
      })
      const report = await dayClose('2026-11-02')
      expect(report.outOfOrder).toEqual([{ reference: 'O-1', step: 'created', at: '2026-11-02T10:02:00Z' }])
      expect(report.totals.paid).toEqual({ count: 1, cents: 300 })
      expect(report.differences).toEqual([])
    })
  })

  describe('on Cape Verde (UTC−1): Berlin’s doubled October hour falls on two days there', () => {
    inTimeZone('Atlantic/Cape_Verde')
    // 02:30 in Berlin on 25 October 2026 is 00:30 UTC in summer time (23:30 on the 24th here) and 01:30 UTC in
    // winter time (00:30 on the 25th here); SecPaid writes both as "2026-10-25 02:30:00".

    it('reads the hour as this journal recorded the payment, so both books agree on the day', async () => {
      await sale('D-1', 1200, {
        startedAt: '2026-10-25T00:29:00Z',
        paidHere: '2026-10-25T00:30:05Z',
        paidAtSecPaid: '2026-10-25T00:30:00Z'
      })
      const first = await dayClose('2026-10-24')
      expect(first.totals.paid).toEqual({ count: 1, cents: 1200 })
      expect(first.secpaid).toMatchObject({ count: 1, grossCents: 1200 })
      expect(first.differences).toEqual([])
      const second = await dayClose('2026-10-25')
      expect(second.totals.paid.count).toBe(0)
      expect(second.secpaid).toMatchObject({ count: 0 })
      expect(second.differences).toEqual([])
    })

    it('says which payments are ambiguous when nothing here tells the hour', async () => {
      const foreign = await bench.client.createLink({ amountCents: 4200, recipientNote: 'POS-other-0001 bar' })
      if (!foreign.ok) throw new Error('no link')
      bench.secpaid.markPaid(foreign.value.id, new Date('2026-10-25T00:30:00Z'))
      const ambiguous = {
        kind: 'time_ambiguous',
        linkId: foreign.value.id,
        amountCents: 4200,
        secpaidTime: '2026-10-25 02:30:00',
        readings: ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']
      }
      const first = await dayClose('2026-10-24')
      expect(first.differences).toEqual([ambiguous])
      const second = await dayClose('2026-10-25')
      expect(second.differences).toEqual(expect.arrayContaining([ambiguous]))
      expect(second.differences.map((difference) => difference.kind).sort()).toEqual(['time_ambiguous', 'unknown_here'])
    })
  })
})
