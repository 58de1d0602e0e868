import { describe, expect, it } from 'vitest'

import { booksAtTestSecPaid, journalSale } from '../../support/books-setup'
import { inTimeZone } from '../../support/time-zone'

const DAY = '2026-11-02'
const NEXT_DAY = '2026-11-03'
/** Noon in Berlin, SecPaid's day and the shop's (a shop in Berlin: its days are SecPaid's dates). */
const noonOf = (day: string, minutes = 0) => new Date(Date.parse(`${day}T11:00:00Z`) + minutes * 60_000)

describe('day close: from the counter to the bank', () => {
  inTimeZone('Europe/Berlin')
  const bench = booksAtTestSecPaid('counter-day-close-payouts-')

  /** A sale journaled paid at noon + `minutes` of `day`, paid at SecPaid too unless `paidAtSecPaid` is false. */
  const sale = async (reference: string, amountCents: number, day = DAY, minutes = 0, paidAtSecPaid = true) => {
    const created = await bench.client.createLink({ amountCents, recipientNote: `${reference} note` })
    if (!created.ok) throw new Error(created.error.message)
    const at = noonOf(day, minutes).toISOString()
    journalSale(bench.journal, {
      reference,
      amountCents,
      at,
      linkId: created.value.id,
      payLink: created.value.payLink,
      paidAt: at
    })
    if (paidAtSecPaid) bench.secpaid.markPaid(created.value.id, noonOf(day, minutes))
    return created.value.id
  }
  const dayClose = async (from: string, to = from) => {
    const report = await bench.books.dayClose({ from, to })
    if (!report.ok) throw new Error(report.error.code)
    return report.value
  }

  it('a day with sales, fees and an Approved payout: sold → paid → fees → paid out, nothing left on its way', async () => {
    await sale('A-1', 1234)
    await sale('A-2', 999, DAY, 1)
    const [payout] = bench.secpaid.runPayouts(DAY, noonOf(NEXT_DAY, -600))
    bench.secpaid.approvePayout(payout?.payoutId ?? 0)
    const report = await dayClose(DAY)
    // 1 % fee per payment, half up: 12 + 10 cents.
    expect(report.moneyWay?.days).toEqual([
      {
        day: DAY,
        soldCents: 2233,
        paidCents: 2233,
        feeCents: 22,
        paidOutCents: 2211,
        onItsWayCents: 0,
        inProgressCents: 0
      }
    ])
    expect(report.moneyWay?.payouts).toEqual([
      {
        id: String(payout?.payoutId),
        transactionId: payout?.transactionId,
        day: DAY,
        amountCents: 2233,
        feeCents: 22,
        netCents: 2211,
        status: 'approved',
        statusText: 'Approved'
      }
    ])
    expect(report.moneyWay?.paging).toEqual([])
    expect(report.payoutFailure).toBeNull()
    const asked = bench.secpaid.requestLog().filter((request) => request.endpoint === 'getPayOutTransactions')
    expect(asked.map((request) => request.body)).toEqual([{ start_date: DAY, end_date: DAY, page: 1, limit: 1000 }])
  })

  it('a day whose payout is still InProgress: nothing paid out, the net is on its way (and in progress)', async () => {
    await sale('A-1', 1234)
    await sale('A-2', 999, DAY, 1)
    bench.secpaid.runPayouts(DAY)
    const report = await dayClose(DAY)
    expect(report.moneyWay?.days).toEqual([
      {
        day: DAY,
        soldCents: 2233,
        paidCents: 2233,
        feeCents: 22,
        paidOutCents: 0,
        onItsWayCents: 2211,
        inProgressCents: 2211
      }
    ])
    expect(report.moneyWay?.payouts.map((payout) => payout.status)).toEqual(['in_progress'])
  })

  it('a range shows each day: one paid out, one not yet in any payout, a sale SecPaid lacks counted as sold only', async () => {
    await sale('A-1', 1000)
    await sale('B-1', 500, NEXT_DAY)
    await sale('B-2', 300, NEXT_DAY, 5, false)
    const [payout] = bench.secpaid.runPayouts(DAY)
    bench.secpaid.approvePayout(payout?.payoutId ?? 0)
    const report = await dayClose(DAY, NEXT_DAY)
    expect(report.moneyWay?.days).toEqual([
      {
        day: DAY,
        soldCents: 1000,
        paidCents: 1000,
        feeCents: 10,
        paidOutCents: 990,
        onItsWayCents: 0,
        inProgressCents: 0
      },
      {
        day: NEXT_DAY,
        soldCents: 800,
        paidCents: 500,
        feeCents: 5,
        paidOutCents: 0,
        onItsWayCents: 495,
        inProgressCents: 0
      }
    ])
  })

  it('payouts that cannot be read are said beside a report that stands otherwise', async () => {
    await sale('A-1', 1000)
    bench.secpaid.injectFaults('http500', 1, 'getPayOutTransactions')
    const report = await dayClose(DAY)
    expect(report.secpaid).toMatchObject({ count: 1, grossCents: 1000 })
    expect(report.moneyWay).toBeNull()
    expect(report.payoutFailure).toMatchObject({ code: 'secpaid_error', httpStatus: 500 })
  })

  it('no payouts are asked for when the pay-ins could not be read', async () => {
    await sale('A-1', 1000)
    bench.secpaid.injectFaults('http500', 1, 'getPayInTransactions')
    bench.secpaid.resetCounts()
    const report = await dayClose(DAY)
    expect(report).toMatchObject({ secpaid: null, moneyWay: null, payoutFailure: null })
    expect(bench.secpaid.requestLog().map((request) => request.endpoint)).not.toContain('getPayOutTransactions')
  })
})

describe('day close outside Berlin: a payout is filed under SecPaid’s German date', () => {
  inTimeZone('UTC')
  const bench = booksAtTestSecPaid('counter-day-close-payouts-utc-')

  it('a payment late in the local day is covered by the next German date’s payout, listed on that date', async () => {
    const created = await bench.client.createLink({ amountCents: 1000, recipientNote: 'L-1 note' })
    if (!created.ok) throw new Error(created.error.message)
    // 23:30 UTC on Nov 2nd is 00:30 on Nov 3rd in Berlin.
    const at = new Date(`${DAY}T23:30:00Z`)
    journalSale(bench.journal, {
      reference: 'L-1',
      amountCents: 1000,
      at: at.toISOString(),
      linkId: created.value.id,
      payLink: created.value.payLink,
      paidAt: at.toISOString()
    })
    bench.secpaid.markPaid(created.value.id, at)
    const [payout] = bench.secpaid.runPayouts(NEXT_DAY)
    bench.secpaid.approvePayout(payout?.payoutId ?? 0)
    const report = await bench.books.dayClose({ from: DAY, to: NEXT_DAY })
    if (!report.ok) throw new Error(report.error.code)
    expect(report.value.moneyWay?.days).toEqual([
      {
        day: DAY,
        soldCents: 1000,
        paidCents: 1000,
        feeCents: 10,
        paidOutCents: 0,
        onItsWayCents: 0,
        inProgressCents: 0
      },
      {
        day: NEXT_DAY,
        soldCents: 0,
        paidCents: 0,
        feeCents: 0,
        paidOutCents: 990,
        onItsWayCents: 0,
        inProgressCents: 0
      }
    ])
    const dayOnly = await bench.books.dayClose({ from: DAY, to: DAY })
    expect(dayOnly.ok && dayOnly.value.moneyWay?.payouts).toEqual([])
    expect(dayOnly.ok && dayOnly.value.moneyWay?.days[0]?.onItsWayCents).toBe(0)
  })
})
