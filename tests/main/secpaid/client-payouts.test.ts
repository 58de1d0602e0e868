import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { type CannedServer, fixture, fixtureText, startCannedServer, successEnvelope } from './canned-server'

/** One payout as the docs list its fields, with `changes` over it. */
const documentedPayout = (changes: Record<string, unknown> = {}) => ({
  ...(fixture('getPayOutTransactions') as { data: Record<string, unknown>[] }).data[0],
  ...changes
})

describe('getPayOutTransactions: read to the docs, defensively, in exact cents', () => {
  let server: CannedServer
  let client: SecPaidClient
  beforeAll(async () => {
    server = await startCannedServer()
    client = createSecPaidClient({ baseUrl: server.baseUrl, getApiKey: () => 'key', fetch })
  })
  afterAll(() => server.close())

  const payoutsOf = async (...items: unknown[]) => {
    server.answer({ body: successEnvelope(items, 'Transactions retrieved successfully') })
    return client.getPayOutTransactions()
  }

  it('reads the documented fields: payout_amount a string, service_fee and net_amount numbers, all to cents', async () => {
    server.answer({ body: fixtureText('getPayOutTransactions') })
    expect(await client.getPayOutTransactions({ startDate: '2026-05-12', endDate: '2026-05-12' })).toEqual({
      ok: true,
      value: [
        {
          key: '5001',
          payoutId: '5001',
          transactionId: '20260512-po-tYlGbn74wT',
          amountCents: 1250,
          serviceFeeCents: 13,
          netAmountCents: 1237,
          status: 'approved',
          statusText: 'Approved',
          requestDate: '2026-05-12',
          createdAt: '2026-05-13 02:00:00',
          isRefund: false,
          isDispute: false,
          isSplitLink: false,
          transactionType: 'Basic'
        }
      ]
    })
  })

  it("sends page, limit, search, start_date and end_date in SecPaid's spelling, and nothing unasked", async () => {
    server.answer({ body: successEnvelope([]) })
    await client.getPayOutTransactions({
      page: 2,
      limit: 1000,
      search: '20260512-po',
      startDate: '2026-05-01',
      endDate: '2026-05-31'
    })
    expect(server.requests.at(-1)).toMatchObject({
      endpoint: 'getPayOutTransactions',
      body: { page: 2, limit: 1000, search: '20260512-po', start_date: '2026-05-01', end_date: '2026-05-31' }
    })
    await client.getPayOutTransactions()
    expect(server.requests.at(-1)?.body).toEqual({})
  })

  it('reads money as strings or numbers, a float computation’s noise as its cent, never a third decimal', async () => {
    const answer = await payoutsOf(
      documentedPayout({ payout_amount: 1263.79, service_fee: '12.77', net_amount: 1251.0200000000002 }),
      documentedPayout({
        payout_id: '5002',
        payout_amount: '0.30',
        service_fee: 0.1 + 0.2 - 0.3,
        net_amount: 0.1 + 0.2
      })
    )
    expect(
      answer.ok && answer.value.map((payout) => [payout.amountCents, payout.serviceFeeCents, payout.netAmountCents])
    ).toEqual([
      [126379, 1277, 125102],
      [30, 0, 30]
    ])
    const precise = await payoutsOf(documentedPayout({ payout_amount: '12.505' }))
    expect(precise).toMatchObject({ ok: false, error: { kind: 'bad_response', badAnswer: 'unusable_data' } })
  })

  it('keeps a status it does not know as unknown, with SecPaid’s word; reads InProgress in any case', async () => {
    const answer = await payoutsOf(
      documentedPayout({ payout_id: '1', payout_status: 'inprogress' }),
      documentedPayout({ payout_id: '2', payout_status: 'Rejected' }),
      documentedPayout({ payout_id: '3', payout_status: null })
    )
    expect(answer.ok && answer.value.map((payout) => [payout.status, payout.statusText])).toEqual([
      ['in_progress', 'inprogress'],
      ['unknown', 'Rejected'],
      ['unknown', null]
    ])
  })

  it('without net_amount the bank gets the amount less the fee; an unreadable date or fee is left out, not guessed', async () => {
    const answer = await payoutsOf(
      documentedPayout({ net_amount: undefined, service_fee: '0.13' }),
      documentedPayout({ payout_id: '9', net_amount: undefined, service_fee: 'n/a', request_date: '12.05.2026' }),
      documentedPayout({ payout_id: undefined, request_date: '2026-05-12 00:00:00' })
    )
    expect(
      answer.ok &&
        answer.value.map((payout) => [payout.key, payout.netAmountCents, payout.serviceFeeCents, payout.requestDate])
    ).toEqual([
      ['5001', 1237, 13, '2026-05-12'],
      ['9', 1250, null, null],
      ['20260512-po-tYlGbn74wT', 1237, 13, '2026-05-12']
    ])
  })

  it('a payout without an amount or without any id cannot be counted: the answer is unusable, not silently short', async () => {
    expect(await payoutsOf(documentedPayout({ payout_amount: undefined }))).toMatchObject({
      ok: false,
      error: { kind: 'bad_response' }
    })
    expect(await payoutsOf(documentedPayout({ payout_id: null, transaction_id: '' }))).toMatchObject({
      ok: false,
      error: { kind: 'bad_response' }
    })
    expect(await payoutsOf()).toEqual({ ok: true, value: [] })
  })
})
