import { createServer } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createSecPaidClient } from '../../../src-main/secpaid/client'
import { createReachability } from '../../../src-main/secpaid/reachability'
import { type ConnectionStatus, counterEventSchema } from '../../../src-preload/contract'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

const T0 = Date.parse('2026-12-07T14:32:05.000Z')
const at = (ms: number) => new Date(T0 + ms).toISOString()

/** A port on 127.0.0.1 where nothing listens (a server opened and closed again). */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()))
  const address = probe.address()
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

describe('reachability: learned from every answer the client gets, told only when it changes', () => {
  let simulator: TestSecPaid
  let changes: ConnectionStatus[]
  let now: number
  beforeAll(async () => {
    simulator = await startTestSecPaid()
  })
  afterAll(() => simulator.close())
  beforeEach(() => {
    simulator.reset()
    changes = []
    now = T0
  })

  const observedClient = (
    getApiKey: () => string | null = () => 'demo-key',
    options: { baseUrl?: string; timeoutMs?: number } = {}
  ) => {
    const reachability = createReachability(
      (status) => changes.push(status),
      () => now
    )
    const client = reachability.observe(
      createSecPaidClient({
        baseUrl: options.baseUrl ?? simulator.baseUrl,
        getApiKey,
        fetch,
        timeoutMs: options.timeoutMs ?? 1000
      })
    )
    return { reachability, client }
  }

  /** Every status told is one the preload lets through as a `connection` event. */
  const toldAsEvents = () => changes.map((status) => counterEventSchema.parse({ type: 'connection', ...status }))

  it('is offline after a dropped connection and online again after the next answer', async () => {
    const { reachability, client } = observedClient()
    simulator.injectFaults('connectionReset', 1)
    expect((await client.getMyUnusedLinks()).ok).toBe(false)
    expect(reachability.online()).toBe(false)
    expect((await client.getMyUnusedLinks()).ok).toBe(true)
    expect(reachability.online()).toBe(true)
    expect(changes.map((status) => status.online)).toEqual([false, true])
  })

  it('counts any answer, even an error, as SecPaid reached, and names each failure', async () => {
    const { reachability, client } = observedClient(() => 'not-a-known-key')
    simulator.injectFaults('connectionReset', 1)
    await client.createLink({ amountCents: 100 })
    for (const fault of ['http500', 'http429', 'garbage'] as const) {
      simulator.injectFaults(fault, 1)
      await client.getMyUsedLinks()
      expect(reachability.online(), fault).toBe(true)
    }
    expect((await client.deleteLink(1)).ok).toBe(false)
    expect(changes).toEqual([
      { online: false, problem: { kind: 'secpaid_unreachable', reason: 'dropped' }, lastAnswerAt: null },
      { online: true, problem: { kind: 'server_error', httpStatus: 500 }, lastAnswerAt: null },
      { online: true, problem: { kind: 'rate_limited', retryAt: null }, lastAnswerAt: null },
      { online: true, problem: { kind: 'bad_answer', httpStatus: 200 }, lastAnswerAt: null },
      { online: true, problem: { kind: 'key_refused', httpStatus: 401 }, lastAnswerAt: null }
    ])
    expect(toldAsEvents()).toHaveLength(5)
  })

  it('learns nothing from a call that never left the app (no key set)', async () => {
    const { reachability, client } = observedClient(() => null)
    expect(await client.getPayInTransactions()).toMatchObject({ ok: false, error: { kind: 'no_key' } })
    expect(reachability.online()).toBe(true)
    expect(reachability.status()).toEqual({ online: true, problem: null, lastAnswerAt: null })
    expect(changes).toEqual([])
    expect(simulator.requestCount()).toBe(0)
  })
})

describe('the connection names what fails, with the time of the last good answer', () => {
  let simulator: TestSecPaid
  let changes: ConnectionStatus[]
  let now: number
  beforeAll(async () => {
    simulator = await startTestSecPaid()
  })
  afterAll(() => simulator.close())
  beforeEach(() => {
    simulator.reset()
    changes = []
    now = T0
  })

  /** A client that got one good answer at T0, and then the clock moved on a minute. */
  const answeredOnce = async (options: { baseUrl?: () => string; apiKey?: () => string; timeoutMs?: number } = {}) => {
    const reachability = createReachability(
      (status) => changes.push(status),
      () => now
    )
    const fresh = () =>
      reachability.observe(
        createSecPaidClient({
          baseUrl: options.baseUrl?.() ?? simulator.baseUrl,
          getApiKey: options.apiKey ?? (() => 'demo-key'),
          fetch,
          timeoutMs: options.timeoutMs ?? 1000
        })
      )
    expect((await fresh().getMyUnusedLinks()).ok).toBe(true)
    // A good answer while all is well is no news: the time rides along with the next change.
    expect(changes).toEqual([])
    expect(reachability.status()).toEqual({ online: true, problem: null, lastAnswerAt: at(0) })
    now = T0 + 60_000
    return { reachability, fresh }
  }

  const lastTold = () => {
    const status = changes.at(-1)
    if (status === undefined) throw new Error('nothing told')
    expect(counterEventSchema.parse({ type: 'connection', ...status })).toEqual({ type: 'connection', ...status })
    return status
  }

  it('a dropped connection: SecPaid unreachable, offline, last answer a minute ago', async () => {
    const { fresh } = await answeredOnce()
    simulator.injectFaults('connectionReset', 1)
    expect((await fresh().getMyUnusedLinks()).ok).toBe(false)
    expect(lastTold()).toEqual({
      online: false,
      problem: { kind: 'secpaid_unreachable', reason: 'dropped' },
      lastAnswerAt: at(0)
    })
  })

  it('a closed port: SecPaid refuses the connection, offline', async () => {
    const port = await closedPort()
    let baseUrl = simulator.baseUrl
    const { fresh } = await answeredOnce({ baseUrl: () => baseUrl })
    baseUrl = `http://127.0.0.1:${port}/api/v2/`
    expect((await fresh().getMyUsedLinks()).ok).toBe(false)
    expect(lastTold()).toEqual({
      online: false,
      problem: { kind: 'secpaid_unreachable', reason: 'refused' },
      lastAnswerAt: at(0)
    })
  })

  it('a name that does not resolve (DNS): no network', async () => {
    let baseUrl = simulator.baseUrl
    const { fresh } = await answeredOnce({ baseUrl: () => baseUrl })
    baseUrl = 'http://secpaid.invalid/api/v2/'
    expect((await fresh().getMyUsedLinks()).ok).toBe(false)
    expect(lastTold()).toEqual({
      online: false,
      problem: { kind: 'no_network', reason: 'unresolved' },
      lastAnswerAt: at(0)
    })
  })

  it('no answer in time: a timeout, offline', async () => {
    const { fresh } = await answeredOnce({ timeoutMs: 300 })
    simulator.setLatency(1000)
    expect((await fresh().getMyUnusedLinks()).ok).toBe(false)
    expect(lastTold()).toEqual({ online: false, problem: { kind: 'timeout', seconds: 0.3 }, lastAnswerAt: at(0) })
  })

  it('401: SecPaid refuses the key; SecPaid was reached', async () => {
    let apiKey = 'demo-key'
    const { fresh, reachability } = await answeredOnce({ apiKey: () => apiKey })
    apiKey = 'sk_live_wrong'
    expect((await fresh().createLink({ amountCents: 250 })).ok).toBe(false)
    expect(lastTold()).toEqual({ online: true, problem: { kind: 'key_refused', httpStatus: 401 }, lastAnswerAt: at(0) })
    expect(reachability.online()).toBe(true)
  })

  it('429: the rate limit, with the moment SecPaid said to try again', async () => {
    const { fresh } = await answeredOnce()
    simulator.injectFaults('http429RetryAfter', 1)
    expect((await fresh().getMyUnusedLinks()).ok).toBe(false)
    expect(lastTold()).toEqual({
      online: true,
      problem: { kind: 'rate_limited', retryAt: at(60_000 + 2_000) },
      lastAnswerAt: at(0)
    })
  })

  it('500: a server error at SecPaid; the next good answer clears it and is the new last answer', async () => {
    const { fresh, reachability } = await answeredOnce()
    simulator.injectFaults('http500', 1)
    expect((await fresh().getMyUnusedLinks()).ok).toBe(false)
    expect(lastTold()).toEqual({
      online: true,
      problem: { kind: 'server_error', httpStatus: 500 },
      lastAnswerAt: at(0)
    })
    now = T0 + 90_000
    expect((await fresh().getMyUnusedLinks()).ok).toBe(true)
    expect(lastTold()).toEqual({ online: true, problem: null, lastAnswerAt: at(90_000) })
    expect(changes).toHaveLength(2)
    // Another account: nothing known of it yet (and nothing to tell while all is well).
    reachability.reset()
    expect(reachability.status()).toEqual({ online: true, problem: null, lastAnswerAt: null })
    expect(changes).toHaveLength(2)
  })

  it('the same failure again is told once; SecPaid refusing one request in its own words is a good answer', async () => {
    const { fresh } = await answeredOnce()
    simulator.injectFaults('http500', 2)
    await fresh().getMyUnusedLinks()
    await fresh().getMyUnusedLinks()
    expect(changes).toHaveLength(1)
    now = T0 + 120_000
    // No link with this id: SecPaid answers ResponseCode 0 with its words; the connection and the key work.
    const refused = await fresh().deleteLink(424242)
    expect(refused).toMatchObject({ ok: false, error: { kind: 'api' } })
    expect(lastTold()).toEqual({ online: true, problem: null, lastAnswerAt: at(120_000) })
  })
})
