import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../../src-main/simulator'
import { itemsOf, rawPost } from './sim-http'

/** The test controls, in process and over `/__sim` HTTP, as Playwright tests and benchmarks drive them. */
describe('simulator controls', () => {
  let simulator: Simulator
  let controlUrl: string
  const api = (endpoint: string, body: unknown = {}) =>
    rawPost(`${simulator.baseUrl}${endpoint}`, body, { token: 'demo-key' })
  const control = (name: string, body: unknown = {}) => rawPost(`${controlUrl}${name}`, body)

  beforeAll(async () => {
    simulator = await startSimulator()
    controlUrl = simulator.baseUrl.replace('/api/v2/', '/__sim/')
  })
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset())

  it('listens on 127.0.0.1 with a free port and the /api/v2/ base', () => {
    expect(simulator.baseUrl).toBe(`http://127.0.0.1:${simulator.port}/api/v2/`)
    expect(simulator.port).toBeGreaterThan(0)
  })

  it('counts and logs API requests with endpoint, body, time and status, but never /__sim calls', async () => {
    await api('createLink', { amount: 1 })
    await api('getMyUnusedLinks', { limit: 3 })
    await control('latency', { ms: 0 })
    expect(simulator.requestCount()).toBe(2)
    const stats = await control('stats')
    expect(stats.body).toEqual({
      ok: true,
      requestCount: 2,
      requests: [
        { endpoint: 'createLink', method: 'POST', body: { amount: 1 }, time: expect.any(String), status: 200 },
        { endpoint: 'getMyUnusedLinks', method: 'POST', body: { limit: 3 }, time: expect.any(String), status: 200 }
      ]
    })
    await control('resetCounts')
    expect(simulator.requestCount()).toBe(0)
    expect(simulator.links()).toHaveLength(1)
  })

  it('/__sim/markPaid pays a link at a given time; it then appears as used and in pay-ins', async () => {
    await api('createLink', { amount: 2 })
    expect((await control('markPaid', { linkId: 99290, when: '2026-05-12T18:10:17Z' })).body).toEqual({
      ok: true,
      marked: true
    })
    expect((await control('markPaid', { linkId: 99290 })).body).toEqual({ ok: true, marked: false })
    expect((await control('markPaid', { linkId: 5 })).body).toEqual({ ok: true, marked: false })
    expect(itemsOf(await api('getMyUsedLinks')).map((item) => item.paid_on)).toEqual(['2026-05-12 20:10:17'])
    expect(itemsOf(await api('getPayInTransactions', { pay_id: 99290 }))).toHaveLength(1)
  })

  it('markPaid in process answers false for unknown and already used links', async () => {
    await api('createLink', { amount: 2 })
    expect(simulator.markPaid(99290)).toBe(true)
    expect(simulator.markPaid(99290)).toBe(false)
    expect(simulator.markPaid(1)).toBe(false)
  })

  it('/__sim/faults queues faults in order, each for one request', async () => {
    await control('faults', { fault: 'http500', count: 2 })
    await control('faults', { fault: 'http429RetryAfter' })
    const statuses: [number, string | null][] = []
    for (let request = 0; request < 4; request += 1) {
      const answer = await api('getMyUnusedLinks')
      statuses.push([answer.status, answer.headers.get('retry-after')])
    }
    expect(statuses).toEqual([
      [500, null],
      [500, null],
      [429, '2'],
      [200, null]
    ])
  })

  it('refuses an unknown fault, a bad delay and an unknown control with a message', async () => {
    expect(await control('faults', { fault: 'meteor' })).toMatchObject({
      status: 400,
      body: { ok: false, error: expect.stringContaining('http429') }
    })
    expect(await control('latency', { ms: -1 })).toMatchObject({ status: 400, body: { ok: false } })
    expect(await control('selfDestruct')).toMatchObject({ status: 404, body: { ok: false } })
  })

  it('a dropped connection is logged with status null', async () => {
    simulator.injectFaults('resetAfterProcessing', 1)
    await expect(api('createLink', { amount: 3 })).rejects.toThrow()
    simulator.injectFaults('connectionReset', 1)
    await expect(api('createLink', { amount: 4 })).rejects.toThrow()
    expect(simulator.requestLog().map((request) => request.status)).toEqual([null, null])
    expect(simulator.links().map((link) => link.amountCents)).toEqual([300])
  })

  it('/__sim/latency delays every API request', async () => {
    await control('latency', { ms: 150 })
    const started = Date.now()
    await api('getMyUnusedLinks')
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('/__sim/responseDelay answers late although the link already exists', async () => {
    await control('responseDelay', { ms: 200 })
    const answer = api('createLink', { amount: 5 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(simulator.links()).toHaveLength(1)
    expect((await answer).status).toBe(200)
  })

  it('/__sim/rateLimit turns the per-key limit on with a custom rate', async () => {
    await control('rateLimit', { enabled: true, perMinute: 2 })
    const statuses: number[] = []
    for (let request = 0; request < 3; request += 1) statuses.push((await api('getMyUnusedLinks')).status)
    expect(statuses).toEqual([200, 200, 429])
    const limited = await api('getMyUnusedLinks')
    expect(limited.body).toMatchObject({
      ResponseCode: 0,
      Result: 'False',
      ResponseMsg: expect.stringContaining('Too many requests')
    })
    expect(limited.headers.get('retry-after')).toBeNull()
    await control('rateLimit', { enabled: false })
    expect((await api('getMyUnusedLinks')).status).toBe(200)
  })

  it('links() is a snapshot: changing it does not change the simulator', async () => {
    await api('createLink', { amount: 6 })
    const [link] = simulator.links()
    if (link) link.amountCents = 1
    expect(simulator.links()[0]?.amountCents).toBe(600)
    expect((await control('links')).body).toMatchObject({
      ok: true,
      links: [{ id: 99290, amountCents: 600, status: 'Unused' }]
    })
  })

  it('/__sim/reset forgets links, faults, delays and counts, and ids start again at 99290', async () => {
    await api('createLink', { amount: 7 })
    simulator.injectFaults('http500', 3)
    simulator.setLatency(1000)
    await control('reset')
    expect(simulator.links()).toEqual([])
    expect(simulator.requestCount()).toBe(0)
    const answer = await api('createLink', { amount: 8 })
    expect(answer.body).toMatchObject({ data: { id: 99290 } })
  })
})

describe('standalone simulator script', () => {
  it('node --experimental-strip-types scripts/start-simulator.ts prints a base URL that answers', async () => {
    const script = join(import.meta.dirname, '../../../scripts/start-simulator.ts')
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script, '0', 'script-key'], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    try {
      const baseUrl = await Promise.race([
        new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve)),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no base URL within 5 s')), 5000))
      ])
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2\/$/)
      const answer = await rawPost(`${baseUrl}getMyUnusedLinks`, {}, { token: 'script-key' })
      expect(answer).toMatchObject({ status: 200, body: { ResponseMsg: 'List retrived successfully' } })
    } finally {
      child.kill('SIGTERM')
    }
  })
})
