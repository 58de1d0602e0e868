import { describe, expect, it } from 'vitest'

import { localDay, localTime } from '../../../src-main/books/local-day'
import { happenedWithin, localSpanOf } from '../../../src-main/books/secpaid-dates'
import type { PayInTransaction } from '../../../src-main/secpaid/types'
import { booksAtTestSecPaid, journalSale } from '../../support/books-setup'
import { inTimeZone } from '../../support/time-zone'

describe('day close abroad: SecPaid’s Berlin dates trimmed to the shop’s own day, over real HTTP', () => {
  const bench = booksAtTestSecPaid('counter-day-close-zones-')

  /** A sale this till journaled and was paid for at `isoTime`, its link paid at SecPaid at the same moment. */
  const paidSale = async (reference: string, amountCents: number, isoTime: string) => {
    const created = await bench.client.createLink({ amountCents, recipientNote: `${reference} note` })
    if (!created.ok) throw new Error(created.error.message)
    journalSale(bench.journal, {
      reference,
      amountCents,
      at: isoTime,
      linkId: created.value.id,
      payLink: created.value.payLink,
      paidAt: isoTime
    })
    bench.secpaid.markPaid(created.value.id, new Date(isoTime))
  }
  /** A link another till on the key made and was paid for at `isoTime`: this journal never heard of it. */
  const foreignPayment = async (amountCents: number, isoTime: string) => {
    const created = await bench.client.createLink({ amountCents, recipientNote: 'POS-other-0001 bar' })
    if (!created.ok) throw new Error(created.error.message)
    bench.secpaid.markPaid(created.value.id, new Date(isoTime))
  }
  const datesAsked = () =>
    bench.secpaid
      .requestLog()
      .filter((request) => request.endpoint === 'getPayInTransactions')
      .map((request) => (request.body as { date: string }).date)
  const dayClose = async (from: string, to = from) => {
    const report = await bench.books.dayClose({ from, to })
    if (!report.ok) throw new Error(report.error.code)
    return report.value
  }

  describe('in New York (UTC−5 in November, Berlin UTC+1)', () => {
    inTimeZone('America/New_York')

    it('a sale at 23:30 local is in that day’s SecPaid record, the night before is not, and two dates are asked', async () => {
      await paidSale('N-1', 1500, '2026-11-02T14:00:00Z') // 09:00 here, 15:00 on 2 Nov in Berlin
      await paidSale('N-2', 2300, '2026-11-03T04:30:00Z') // 23:30 here, filed by SecPaid under 3 Nov
      expect([localDay(new Date('2026-11-03T04:30:00Z')), localTime(new Date('2026-11-03T04:30:00Z'))]).toEqual([
        '2026-11-02',
        '23:30:00'
      ])
      await foreignPayment(4200, '2026-11-02T04:00:00Z') // 23:00 on 1 Nov here, filed under 2 Nov
      await foreignPayment(700, '2026-11-03T05:30:00Z') // 00:30 on 3 Nov here, filed under 3 Nov
      bench.secpaid.resetCounts()

      const report = await dayClose('2026-11-02')
      expect(report.totals.paid).toEqual({ count: 2, cents: 3800 })
      expect(report.secpaid).toEqual({
        count: 2,
        grossCents: 3800,
        feeCents: 15 + 23,
        netCents: 3800 - 38,
        refundCount: 0,
        refundCents: 0
      })
      expect(report.differences).toEqual([])
      expect(datesAsked()).toEqual(['2026-11-02', '2026-11-03'])
    })

    it('a range of three days asks SecPaid four dates, not six', async () => {
      await dayClose('2026-11-02', '2026-11-04')
      expect(datesAsked()).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'])
    })
  })

  describe('in Lisbon (one hour behind Berlin) on the day both put their clocks back', () => {
    inTimeZone('Europe/Lisbon')

    it('keeps the 25-hour day’s first and last minutes, and leaves out the evening before', async () => {
      // 25 Oct 2026 here runs from 23:00 UTC on the 24th (summer time) to 00:00 UTC on the 26th (winter time).
      await paidSale('L-1', 1000, '2026-10-24T23:15:00Z') // 00:15 here, 01:15 summer time in Berlin
      await paidSale('L-2', 2000, '2026-10-25T23:30:00Z') // 23:30 here, 00:30 on 26 Oct in Berlin
      // 23:45 on the 24th here but 00:45 on the 25th in Berlin: read with winter time's offset it would seem 00:45
      // on the 25th here too.
      await foreignPayment(4200, '2026-10-24T22:45:00Z')
      await foreignPayment(700, '2026-10-26T00:15:00Z') // 00:15 on the 26th here, filed under 26 Oct
      bench.secpaid.resetCounts()

      const report = await dayClose('2026-10-25')
      expect(report.totals.paid).toEqual({ count: 2, cents: 3000 })
      expect(report.secpaid).toMatchObject({ count: 2, grossCents: 3000 })
      expect(report.differences).toEqual([])
      expect(datesAsked()).toEqual(['2026-10-25', '2026-10-26'])
    })
  })

  describe('in Berlin', () => {
    inTimeZone('Europe/Berlin')

    it('a day is one date at SecPaid, with its sales up to 23:59', async () => {
      await paidSale('B-1', 1000, '2026-11-02T22:59:00Z') // 23:59 here and at SecPaid
      await foreignPayment(700, '2026-11-02T23:00:00Z') // midnight: the next day
      bench.secpaid.resetCounts()

      const report = await dayClose('2026-11-02')
      expect(report.secpaid).toMatchObject({ count: 1, grossCents: 1000 })
      expect(report.differences).toEqual([])
      expect(datesAsked()).toEqual(['2026-11-02'])
    })
  })

  describe('a pay-in without a readable time', () => {
    inTimeZone('America/New_York')
    const undated: PayInTransaction = {
      payId: 1,
      amountCents: 100,
      netAmountCents: 99,
      serviceFeeCents: 1,
      serviceFeePspCents: 0,
      isRefund: false,
      status: 'Success',
      payoutStatus: null,
      recipientNote: null,
      createdAt: null,
      paymentMethod: null,
      transactionType: 'Basic'
    }

    it('counts in the one local day that holds noon of the Berlin date it was filed under', () => {
      // Noon in Berlin on 3 Nov is 06:00 on 3 Nov in New York.
      expect(happenedWithin(undated, '2026-11-03', localSpanOf('2026-11-02', '2026-11-02'))).toBe(false)
      expect(happenedWithin(undated, '2026-11-03', localSpanOf('2026-11-03', '2026-11-03'))).toBe(true)
      expect(
        happenedWithin({ ...undated, createdAt: 'yesterday' }, '2026-11-03', localSpanOf('2026-11-03', '2026-11-03'))
      ).toBe(true)
    })
  })
})
