import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { fetchPayouts } from '../../../src-main/books/secpaid-payouts'
import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { booksAtTestSecPaid } from '../../support/books-setup'
import { type CannedServer, startCannedServer, successEnvelope } from '../secpaid/canned-server'

const FIRST = '2026-05-01'
const dayOf = (index: number) => `2026-05-${String(index + 1).padStart(2, '0')}`
const LAST = dayOf(29)

describe('payouts page by page, with the pay-ins’ guards: each once, never an endless read', () => {
  const bench = booksAtTestSecPaid('counter-payout-pages-')

  /** One paid link on each of `days` days from May 1st, and that day's payout run. */
  const payoutDays = async (days: number) => {
    for (let index = 0; index < days; index += 1) {
      const created = await bench.client.createLink({ amountCents: 100 + index })
      if (!created.ok) throw new Error(created.error.message)
      bench.secpaid.markPaid(created.value.id, new Date(`${dayOf(index)}T10:00:00Z`))
      bench.secpaid.runPayouts(dayOf(index))
    }
  }
  const payoutRequests = () =>
    bench.secpaid
      .requestLog()
      .filter((request) => request.endpoint === 'getPayOutTransactions')
      .map((request) => request.body as { page: number; limit: number })

  it('reads every page until a short one, each payout once, newest first from SecPaid', async () => {
    await payoutDays(5)
    bench.secpaid.resetCounts()
    const read = await fetchPayouts(bench.client, FIRST, LAST, 2)
    if (!read.ok) throw new Error(read.failure.code)
    expect(read.payouts.map((payout) => payout.requestDate)).toEqual([4, 3, 2, 1, 0].map(dayOf))
    expect(read.paging).toEqual([])
    expect(payoutRequests().map((body) => body.page)).toEqual([1, 2, 3])
  })

  it('a payout made between two pages pushes the list down: the repeated row counts once', async () => {
    await payoutDays(4)
    let arrived = false
    const client: SecPaidClient = {
      ...bench.client,
      getPayOutTransactions: async (query) => {
        const answer = await bench.client.getPayOutTransactions(query)
        if (!arrived) {
          arrived = true
          await payoutDays(5)
        }
        return answer
      }
    }
    const read = await fetchPayouts(client, FIRST, LAST, 2)
    if (!read.ok) throw new Error(read.failure.code)
    const keys = read.payouts.map((payout) => payout.key)
    expect(keys).toEqual([...new Set(keys)])
    expect(read.payouts.map((payout) => payout.requestDate)).toEqual(expect.arrayContaining([0, 1, 2, 3].map(dayOf)))
  })

  it('stops after the most pages it reads, and says so', async () => {
    await payoutDays(5)
    bench.secpaid.resetCounts()
    const read = await fetchPayouts(bench.client, FIRST, LAST, 1, 3)
    expect(read).toMatchObject({ ok: true, paging: ['page_cap'] })
    expect(read.ok && read.payouts).toHaveLength(3)
    expect(payoutRequests()).toHaveLength(3)
  })

  it('reads on, and says so, when SecPaid keeps its default page of 10 whatever `limit` asks', async () => {
    await payoutDays(25)
    const client: SecPaidClient = {
      ...bench.client,
      getPayOutTransactions: ({ limit: _ignored, ...query } = {}) => bench.client.getPayOutTransactions(query)
    }
    bench.secpaid.resetCounts()
    const read = await fetchPayouts(client, FIRST, LAST)
    expect(read).toMatchObject({ ok: true, paging: ['short_pages'] })
    expect(read.ok && read.payouts).toHaveLength(25)
    expect(payoutRequests()).toHaveLength(3)
  })
})

describe('a SecPaid that ignores `page` and the dates of getPayOutTransactions', () => {
  let canned: CannedServer
  beforeEach(async () => {
    canned = await startCannedServer()
  })
  afterEach(() => canned.close())

  const payout = (id: number, day: string) => ({
    payout_id: String(id),
    transaction_id: `${day.replaceAll('-', '')}-po-abcdefghij`,
    payout_amount: '10.00',
    service_fee: 0.1,
    net_amount: 9.9,
    payout_status: 'Approved',
    request_date: day
  })

  it('answers every page with the same full page: read twice, counted once, said, no loop; other dates left out', async () => {
    canned.answer({
      body: successEnvelope([payout(1, '2026-05-02'), payout(2, '2026-05-03'), payout(3, '2026-04-30')])
    })
    const client = createSecPaidClient({ baseUrl: canned.baseUrl, getApiKey: () => 'key', fetch })
    const read = await fetchPayouts(client, '2026-05-01', '2026-05-31', 3)
    if (!read.ok) throw new Error(read.failure.code)
    expect(read.payouts.map((row) => row.key)).toEqual(['1', '2'])
    expect(read.paging).toEqual(['pages_repeated'])
    expect(canned.requests.map((request) => (request.body as { page: number }).page)).toEqual([1, 2])
  }, 5_000)
})
