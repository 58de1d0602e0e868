import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { fetchLocalDaysPayIns, fetchPayIns } from '../../../src-main/books/secpaid-day-record'
import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { booksAtTestSecPaid } from '../../support/books-setup'
import { inTimeZone } from '../../support/time-zone'
import { type CannedServer, startCannedServer, successEnvelope } from '../secpaid/canned-server'

const DAY = '2026-11-02'
const noon = (minutes: number) => new Date(Date.parse(`${DAY}T11:00:00Z`) + minutes * 60_000)

describe('pay-ins page by page: each once, and never an endless read', () => {
  const bench = booksAtTestSecPaid('counter-pay-in-pages-')

  const paidLink = async (amountCents: number, minutes: number) => {
    const created = await bench.client.createLink({ amountCents, recipientNote: `P-${amountCents} note` })
    if (!created.ok) throw new Error(created.error.message)
    bench.secpaid.markPaid(created.value.id, noon(minutes))
    return created.value.id
  }
  const payInRequests = () =>
    bench.secpaid
      .requestLog()
      .filter((request) => request.endpoint === 'getPayInTransactions')
      .map((request) => request.body)

  it('a payment arriving between two pages is counted once', async () => {
    for (let index = 0; index < 5; index += 1) await paidLink(100 + index, index)
    let arrived = false
    // The customer pays while the close reads: the list (newest first) moves down by one under the reader.
    const client: SecPaidClient = {
      ...bench.client,
      getPayInTransactions: async (query) => {
        const answer = await bench.client.getPayInTransactions(query)
        if (!arrived) {
          arrived = true
          await paidLink(999, 30)
        }
        return answer
      }
    }
    bench.secpaid.resetCounts()
    const payIns = await fetchPayIns(client, [DAY], 2)
    if (!payIns.ok) throw new Error(payIns.failure.code)
    const amounts = payIns.transactions.map((payIn) => payIn.amountCents).sort((a, b) => a - b)
    expect(amounts).toEqual([...new Set(amounts)])
    expect(amounts).toEqual(expect.arrayContaining([100, 101, 102, 103, 104]))
    expect(payIns.paging).toEqual([])
  })

  it('reads on, and says so, when SecPaid keeps a smaller page than `limit` asked for', async () => {
    for (let index = 0; index < 25; index += 1) await paidLink(100 + index, index)
    // A SecPaid that answers at most 10 rows a page whatever `limit` says.
    const client: SecPaidClient = {
      ...bench.client,
      getPayInTransactions: (query) => bench.client.getPayInTransactions({ ...query, limit: 10 })
    }
    bench.secpaid.resetCounts()
    const payIns = await fetchPayIns(client, [DAY], 1000)
    if (!payIns.ok) throw new Error(payIns.failure.code)
    expect(payIns.transactions).toHaveLength(25)
    expect(payIns.paging).toEqual([{ date: DAY, kind: 'short_pages' }])
    expect(payInRequests()).toHaveLength(3)
  })

  it('stops after the most pages it reads for a date, and says so', async () => {
    for (let index = 0; index < 5; index += 1) await paidLink(100 + index, index)
    bench.secpaid.resetCounts()
    const payIns = await fetchPayIns(bench.client, [DAY], 1, 3)
    if (!payIns.ok) throw new Error(payIns.failure.code)
    expect(payIns.transactions).toHaveLength(3)
    expect(payIns.paging).toEqual([{ date: DAY, kind: 'page_cap' }])
    expect(payInRequests()).toHaveLength(3)
  })

  it('a short page of a few rows is the end: no extra request', async () => {
    for (let index = 0; index < 3; index += 1) await paidLink(100 + index, index)
    bench.secpaid.resetCounts()
    const payIns = await fetchLocalDaysPayIns(bench.client, DAY, DAY)
    expect(payIns).toMatchObject({ ok: true, paging: [] })
    expect(payInRequests().length).toBeLessThanOrEqual(2)
  })
})

describe('a SecPaid that ignores `page`', () => {
  inTimeZone('Europe/Berlin')
  let canned: CannedServer
  beforeEach(async () => {
    canned = await startCannedServer()
  })
  afterEach(() => canned.close())

  const row = (payId: number) => ({
    pay_id: String(payId),
    amount: '10.00',
    net_amount: '9.90',
    service_fee: '0.10',
    service_fee_psp: '0.00',
    status: 'Success',
    is_refund: 'false',
    recipient_note: `POS-${payId}`,
    created_at: `${DAY} 12:00:00`,
    payment_method: null,
    transaction_type: 'Basic'
  })

  it('answers every page with the same full page: read twice, counted once, said, no loop', async () => {
    canned.answer({ body: successEnvelope([row(1), row(2), row(3)]) })
    const client = createSecPaidClient({ baseUrl: canned.baseUrl, getApiKey: () => 'key', fetch })
    const payIns = await fetchPayIns(client, [DAY], 3)
    if (!payIns.ok) throw new Error(payIns.failure.code)
    expect(payIns.transactions.map((payIn) => payIn.payId)).toEqual([1, 2, 3])
    expect(payIns.paging).toEqual([{ date: DAY, kind: 'pages_repeated' }])
    expect(canned.requests.map((request) => (request.body as { page: number }).page)).toEqual([1, 2])
  }, 5_000)

  it('the day close says so beside SecPaid’s record', async () => {
    canned.answer({ body: successEnvelope([row(1), row(2), row(3)]) })
    const client = createSecPaidClient({ baseUrl: canned.baseUrl, getApiKey: () => 'key', fetch })
    const payIns = await fetchLocalDaysPayIns(client, DAY, DAY, { pageLimit: 3 })
    expect(payIns).toMatchObject({ ok: true, paging: [{ kind: 'pages_repeated' }] })
    expect(payIns.ok && payIns.transactions).toHaveLength(3)
  }, 5_000)
})
