import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { sleep } from '../../support/wait'
import { dataOf, itemsOf, rawPost } from './sim-http'

/** The test SecPaid: a real proxy on 127.0.0.1 in front of the shipping simulator, faulting for real over HTTP. */
describe('test SecPaid proxy', () => {
  let secpaid: TestSecPaid
  const api = (endpoint: string, body: unknown = {}, token = 'demo-key') =>
    rawPost(`${secpaid.baseUrl}${endpoint}`, body, { token })

  beforeAll(async () => {
    secpaid = await startTestSecPaid()
  })
  afterAll(() => secpaid.close())
  beforeEach(() => secpaid.reset())

  it('listens on 127.0.0.1 with a free port and the /api/v2/ base, and passes requests to the simulator', async () => {
    expect(secpaid.baseUrl).toBe(`http://127.0.0.1:${secpaid.port}/api/v2/`)
    const created = await api('createLink', { amount: 12.5, recipient_note: 'through the proxy' })
    expect(created).toMatchObject({ status: 200, body: { ResponseMsg: 'Link has been created successfully' } })
    expect(created.headers.get('content-type')).toBe('application/json')
    expect(secpaid.links()).toMatchObject([{ id: 99290, amountCents: 1250, recipientNote: 'through the proxy' }])
    expect(await api('getMyUnusedLinks', {}, 'wrong-key')).toMatchObject({
      status: 401,
      body: { ResponseMsg: 'No user found with the provided API key.' }
    })
  })

  it('counts and logs API requests with endpoint, body (JSON or form), time and status', async () => {
    await api('createLink', { amount: 1 })
    await rawPost(`${secpaid.baseUrl}getMyUnusedLinks`, 'limit=3', {
      token: 'demo-key',
      contentType: 'application/x-www-form-urlencoded'
    })
    expect(secpaid.requestCount()).toBe(2)
    expect(secpaid.requestLog()).toEqual([
      { endpoint: 'createLink', method: 'POST', body: { amount: 1 }, time: expect.any(String), status: 200 },
      { endpoint: 'getMyUnusedLinks', method: 'POST', body: { limit: '3' }, time: expect.any(String), status: 200 }
    ])
    secpaid.resetCounts()
    expect(secpaid.requestCount()).toBe(0)
    expect(secpaid.links()).toHaveLength(1)
  })

  it('markPaid pays a link at a given time; it then appears as used and in pay-ins; false for unknown or paid links', async () => {
    await api('createLink', { amount: 2 })
    expect(secpaid.markPaid(99290, new Date('2026-05-12T18:10:17Z'))).toBe(true)
    expect(secpaid.markPaid(99290)).toBe(false)
    expect(secpaid.markPaid(5)).toBe(false)
    expect(itemsOf(await api('getMyUsedLinks')).map((item) => item.paid_on)).toEqual(['2026-05-12 20:10:17'])
    expect(itemsOf(await api('getPayInTransactions', { pay_id: 99290 }))).toHaveLength(1)
  })

  it('queues faults in order, each for one request; one aimed at an endpoint waits for it', async () => {
    secpaid.injectFaults('http500', 1, 'createLink')
    secpaid.injectFaults('http500', 2)
    secpaid.injectFaults('http429RetryAfter')
    const answers: [string, number, string | null][] = []
    for (const endpoint of ['getMyUnusedLinks', 'createLink', 'getMyUnusedLinks', 'getMyUnusedLinks', 'deleteLink']) {
      const answer = await api(endpoint, { amount: 1, link_id: 1 })
      answers.push([endpoint, answer.status, answer.headers.get('retry-after')])
    }
    expect(answers).toEqual([
      ['getMyUnusedLinks', 500, null],
      ['createLink', 500, null],
      ['getMyUnusedLinks', 500, null],
      ['getMyUnusedLinks', 429, '2'],
      ['deleteLink', 404, null]
    ])
    expect(secpaid.links()).toEqual([])
  })

  it('answers faults in place of SecPaid: 429, 500 envelopes without data, 502 HTML, garbage, cut-off JSON', async () => {
    const raw = async (fault: Parameters<TestSecPaid['injectFaults']>[0]) => {
      secpaid.injectFaults(fault)
      const response = await fetch(`${secpaid.baseUrl}createLink`, {
        method: 'POST',
        headers: { token: 'demo-key', 'Content-Type': 'application/json' },
        body: '{"amount":1}'
      })
      return [response.status, response.headers.get('content-type'), await response.text()]
    }
    const envelope = (message: string) =>
      JSON.stringify({ ResponseCode: 0, ResponseMsg: message, Result: 'False', ServerTime: 'CEST' })
    expect(await raw('http429')).toEqual([
      429,
      'application/json',
      envelope('Too many requests. Please try again later.')
    ])
    expect(await raw('http500')).toEqual([500, 'application/json', envelope('Internal server error')])
    expect(await raw('http502Html')).toEqual([
      502,
      'text/html',
      expect.stringContaining('<title>502 Bad Gateway</title>')
    ])
    expect(await raw('garbage')).toEqual([200, 'text/plain', expect.stringContaining('garbage')])
    const [, , cutOff] = await raw('invalidJson')
    expect((): unknown => JSON.parse(String(cutOff))).toThrow()
    expect(secpaid.links()).toEqual([])
    expect(secpaid.requestLog().map((request) => request.status)).toEqual([429, 500, 502, 200, 200])
  })

  it('connectionReset drops the connection before SecPaid sees the request: nothing is created', async () => {
    secpaid.injectFaults('connectionReset')
    await expect(api('createLink', { amount: 3 })).rejects.toThrow()
    expect(secpaid.links()).toEqual([])
    expect(secpaid.requestLog()).toMatchObject([{ endpoint: 'createLink', status: null }])
  })

  it('resetAfterProcessing drops the connection after SecPaid created the link: the answer is lost, the link exists', async () => {
    secpaid.injectFaults('resetAfterProcessing')
    await expect(api('createLink', { amount: 4, recipient_note: 'lost answer' })).rejects.toThrow()
    expect(secpaid.links()).toMatchObject([{ amountCents: 400, recipientNote: 'lost answer', status: 'Unused' }])
    expect(secpaid.requestLog()).toMatchObject([{ endpoint: 'createLink', status: null }])
    expect(itemsOf(await api('getMyUnusedLinks')).map((item) => item.recipient_note)).toEqual(['lost answer'])
  })

  it('latency delays every request before SecPaid processes it', async () => {
    secpaid.setLatency(150)
    const started = Date.now()
    const answer = api('createLink', { amount: 5 })
    await sleep(80)
    expect(secpaid.links()).toEqual([])
    expect((await answer).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(secpaid.links()).toHaveLength(1)
  })

  it('a response delay answers late although the link already exists', async () => {
    secpaid.setResponseDelayAfterProcessing(200)
    const answer = api('createLink', { amount: 6 })
    await sleep(100)
    expect(secpaid.links()).toHaveLength(1)
    expect(secpaid.requestLog()).toMatchObject([{ status: null }])
    expect((await answer).status).toBe(200)
    expect(secpaid.requestLog()).toMatchObject([{ status: 200 }])
  })

  it("setRateLimit turns SecPaid's per-key limit on with a custom rate and off again", async () => {
    secpaid.setRateLimit(true, 2)
    const statuses: number[] = []
    for (let request = 0; request < 3; request += 1) statuses.push((await api('getMyUnusedLinks')).status)
    expect(statuses).toEqual([200, 200, 429])
    const limited = await api('getMyUnusedLinks')
    expect(limited.body).toEqual({
      ResponseCode: 0,
      ResponseMsg: 'Too many requests. Please try again later.',
      Result: 'False',
      ServerTime: 'CEST'
    })
    expect(limited.headers.get('retry-after')).toBeNull()
    secpaid.setRateLimit(false)
    expect((await api('getMyUnusedLinks')).status).toBe(200)
  })

  it('links() is a snapshot: changing it does not change SecPaid', async () => {
    await api('createLink', { amount: 7 })
    const [link] = secpaid.links()
    if (link) link.amountCents = 1
    expect(secpaid.links()[0]?.amountCents).toBe(700)
  })

  it('reset forgets links, faults, delays and counts, and ids start again at 99290', async () => {
    await api('createLink', { amount: 8 })
    secpaid.injectFaults('http500', 3)
    secpaid.setLatency(1000)
    secpaid.setRateLimit(true, 1)
    secpaid.reset()
    expect(secpaid.links()).toEqual([])
    expect(secpaid.requestCount()).toBe(0)
    const started = Date.now()
    expect(dataOf(await api('createLink', { amount: 9 }))).toMatchObject({ id: 99290 })
    expect((await api('getMyUnusedLinks')).status).toBe(200)
    expect(Date.now() - started).toBeLessThan(900)
  })
})

describe('test SecPaid lifecycle', () => {
  it('closes (twice is fine) and refuses connections; a new one can take the same port', async () => {
    const first = await startTestSecPaid({ apiKeys: ['key-a'] })
    const { port, baseUrl } = first
    await first.close()
    await first.close()
    await expect(rawPost(`${baseUrl}getMyUnusedLinks`, {}, { token: 'key-a' })).rejects.toThrow()
    const second = await startTestSecPaid({ port, apiKeys: ['key-a'] })
    try {
      expect(second.baseUrl).toBe(baseUrl)
      expect(await rawPost(`${baseUrl}getMyUnusedLinks`, {}, { token: 'key-a' })).toMatchObject({ status: 200 })
    } finally {
      await second.close()
    }
  })
})
