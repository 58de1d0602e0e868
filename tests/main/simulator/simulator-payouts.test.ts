import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type Simulator, startSimulator } from '../../../src-main/simulator'
import { fixture } from '../secpaid/canned-server'
import { dataOf, itemsOf, rawPost } from './sim-http'

/**
 * getPayOutTransactions as SecPaid's docs list it (secpaid-api.md): the docs show no example answer, so the fixture
 * is built from the field list (names, types, the documented transaction_id) and the simulator must answer its shape.
 */
describe('simulator: nightly payouts and getPayOutTransactions', () => {
  let simulator: Simulator
  const post = (endpoint: string, body: unknown, token = 'key-a') =>
    rawPost(`${simulator.baseUrl}${endpoint}`, body, { token })
  /** A link of `amount` EUR paid at noon (Berlin) of `day`. */
  const paid = async (amount: number, day: string, token = 'key-a') => {
    const { id } = dataOf(await post('createLink', { amount, recipient_note: `Sale ${amount}` }, token)) as {
      id: number
    }
    simulator.markPaid(id, new Date(`${day}T10:00:00Z`))
    return id
  }

  beforeAll(async () => {
    simulator = await startSimulator({ apiKeys: ['key-a', 'key-b'] })
  })
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset())

  it('answers the documented fields and types: payout_amount a string, service_fee and net_amount numbers', async () => {
    await paid(12.5, '2026-05-12')
    const [made] = simulator.runPayouts('2026-05-12', new Date('2026-05-13T00:00:00Z'))
    expect(made).toMatchObject({ day: '2026-05-12', grossCents: 1250, feeCents: 13, netCents: 1237 })
    simulator.approvePayout(made?.payoutId ?? 0)
    const [item] = itemsOf(await post('getPayOutTransactions', {}))
    const [documented] = (fixture('getPayOutTransactions') as { data: Record<string, unknown>[] }).data
    // Same keys in the same order, same value types; the ids are the account's own.
    expect(Object.keys(item ?? {})).toEqual(Object.keys(documented ?? {}))
    expect(Object.values(item ?? {}).map((value) => typeof value)).toEqual(
      Object.values(documented ?? {}).map((value) => typeof value)
    )
    expect(item).toMatchObject({
      payout_amount: '12.50',
      service_fee: 0.13,
      net_amount: 12.37,
      payout_status: 'Approved',
      request_date: '2026-05-12',
      created_at: '2026-05-13 02:00:00',
      transaction_id: expect.stringMatching(/^20260512-po-[A-Za-z0-9]{10}$/) as unknown
    })
  })

  it("a payout gathers one day's successful payments of one account, each payment once, never an unpaid one", async () => {
    await paid(10, '2026-05-12')
    await paid(2.5, '2026-05-12')
    await paid(7, '2026-05-13')
    await paid(1, '2026-05-12', 'key-b')
    await post('createLink', { amount: 99, recipient_note: 'never paid' })
    const made = simulator.runPayouts('2026-05-12')
    expect(made.map((payout) => [payout.apiKey, payout.grossCents, payout.feeCents])).toEqual([
      ['key-a', 1250, 13],
      ['key-b', 100, 1]
    ])
    expect(simulator.runPayouts('2026-05-12')).toEqual([])
    const items = itemsOf(await post('getPayOutTransactions', {}))
    expect(items.map((item) => [item.payout_amount, item.payout_status])).toEqual([['12.50', 'InProgress']])
  })

  it("each paid pay-in tells its payout's status: Pending, then InProgress, then Approved", async () => {
    const id = await paid(20, '2026-05-12')
    const payoutStatus = async () =>
      itemsOf(await post('getPayInTransactions', { pay_id: id })).map((item) => item.payout_status)
    expect(await payoutStatus()).toEqual(['Pending'])
    const [made] = simulator.runPayouts('2026-05-12')
    expect(await payoutStatus()).toEqual(['InProgress'])
    expect(simulator.approvePayout(made?.payoutId ?? 0)).toBe(true)
    expect(simulator.approvePayout(made?.payoutId ?? 0)).toBe(false)
    expect(await payoutStatus()).toEqual(['Approved'])
  })

  it('pages 10 by default (at most 1000), newest day first, and filters by start_date, end_date and search', async () => {
    const days = Array.from({ length: 12 }, (_, index) => `2026-05-${String(index + 1).padStart(2, '0')}`)
    for (const day of days) {
      await paid(1, day)
      simulator.runPayouts(day)
    }
    const daysOf = async (body: unknown) =>
      itemsOf(await post('getPayOutTransactions', body)).map((item) => item.request_date)
    expect(await daysOf({})).toEqual([...days].reverse().slice(0, 10))
    expect(await daysOf({ page: 2 })).toEqual(['2026-05-02', '2026-05-01'])
    expect(await daysOf({ limit: 5000 })).toHaveLength(12)
    expect(await daysOf({ limit: 3, page: 2 })).toEqual(['2026-05-09', '2026-05-08', '2026-05-07'])
    expect(await daysOf({ start_date: '2026-05-03', end_date: '2026-05-04' })).toEqual(['2026-05-04', '2026-05-03'])
    expect(await daysOf({ search: '20260507-PO' })).toEqual(['2026-05-07'])
    expect(await daysOf({ search: '20260507' })).toHaveLength(1)
  })
})

describe('simulator in Demo: payouts run by the clock', () => {
  let simulator: Simulator
  let clock: Date
  const post = (endpoint: string, body: unknown) => rawPost(`${simulator.baseUrl}${endpoint}`, body, { token: 'key-a' })

  beforeAll(async () => {
    simulator = await startSimulator({ apiKeys: ['key-a'], now: () => clock, nightlyPayouts: true })
  })
  afterAll(() => simulator.close())

  it('a day’s payments are paid out the night after (InProgress) and approved the night after that', async () => {
    clock = new Date('2026-05-12T10:00:00Z')
    const { id } = dataOf(await post('createLink', { amount: 10 })) as { id: number }
    simulator.markPaid(id, clock)
    const statuses = async () => ({
      payouts: itemsOf(await post('getPayOutTransactions', {})).map((item) => [item.request_date, item.payout_status]),
      payIn: itemsOf(await post('getPayInTransactions', { pay_id: id })).map((item) => item.payout_status)
    })
    expect(await statuses()).toEqual({ payouts: [], payIn: ['Pending'] })
    clock = new Date('2026-05-13T06:00:00Z')
    expect(await statuses()).toEqual({ payouts: [['2026-05-12', 'InProgress']], payIn: ['InProgress'] })
    clock = new Date('2026-05-14T06:00:00Z')
    expect(await statuses()).toEqual({ payouts: [['2026-05-12', 'Approved']], payIn: ['Approved'] })
    expect(simulator.payouts()).toHaveLength(1)
  })
})
