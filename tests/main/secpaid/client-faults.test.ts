import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { type CannedServer, errorEnvelope, startCannedServer, successEnvelope } from './canned-server'

/** Every error kind, produced over real HTTP by the test SecPaid's faulting proxy. */
describe('transport failures become typed errors, never exceptions', () => {
  let simulator: TestSecPaid
  let client: SecPaidClient
  beforeAll(async () => {
    simulator = await startTestSecPaid({ apiKeys: ['key-a'] })
    client = createSecPaidClient({ baseUrl: simulator.baseUrl, getApiKey: () => 'key-a', fetch, timeoutMs: 1000 })
  })
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset())

  it('HTTP 429 without Retry-After: rate_limited without retryAfterSeconds, and nothing created', async () => {
    simulator.injectFaults('http429', 1)
    expect(await client.createLink({ amountCents: 100 })).toEqual({
      ok: false,
      error: {
        kind: 'rate_limited',
        message: 'SecPaid received too many requests from this account. Wait a minute and try again.',
        httpStatus: 429,
        outcomeUnknown: false
      }
    })
    expect(simulator.links()).toEqual([])
  })

  it('HTTP 429 with Retry-After: 2 gives retryAfterSeconds 2', async () => {
    simulator.injectFaults('http429RetryAfter', 1)
    expect(await client.getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'rate_limited',
        message: 'SecPaid received too many requests from this account. Try again in 2 s.',
        httpStatus: 429,
        retryAfterSeconds: 2,
        outcomeUnknown: false
      }
    })
  })

  it('HTTP 500 with an envelope: server error naming the status', async () => {
    simulator.injectFaults('http500', 1)
    expect(await client.getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'server',
        message: 'SecPaid had a server error (HTTP 500): Internal server error.',
        secpaidMessage: 'Internal server error',
        httpStatus: 500,
        outcomeUnknown: false
      }
    })
  })

  it('HTTP 502 with an HTML page: bad_response "not JSON (HTTP 502)"', async () => {
    simulator.injectFaults('http502Html', 1)
    expect(await client.getMyUsedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'bad_response',
        message: 'SecPaid sent a response that is not JSON (HTTP 502).',
        badAnswer: 'not_json',
        httpStatus: 502,
        outcomeUnknown: false
      }
    })
  })

  it('garbage and truncated JSON with HTTP 200: bad_response', async () => {
    simulator.injectFaults('garbage', 1)
    simulator.injectFaults('invalidJson', 1)
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(await client.getPayInTransactions()).toEqual({
        ok: false,
        error: {
          kind: 'bad_response',
          message: 'SecPaid sent a response that is not JSON (HTTP 200).',
          badAnswer: 'not_json',
          httpStatus: 200,
          outcomeUnknown: false
        }
      })
    }
  })

  it('a connection reset before any answer: network error with outcomeUnknown', async () => {
    simulator.injectFaults('connectionReset', 1)
    expect(await client.getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'network',
        message: 'other side closed',
        unreachable: 'dropped',
        outcomeUnknown: true
      }
    })
  })

  it('a link created server-side whose answer never came: network error with outcomeUnknown, and the link exists', async () => {
    simulator.injectFaults('resetAfterProcessing', 1)
    const result = await client.createLink({ amountCents: 4200, recipientNote: 'POS-lost-answer' })
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', outcomeUnknown: true } })
    expect(simulator.links()).toMatchObject([{ amountCents: 4200, recipientNote: 'POS-lost-answer', status: 'Unused' }])
    const lookedUp = await client.getMyUnusedLinks({ search: 'POS-lost-answer' })
    expect(lookedUp.ok && lookedUp.value.map((link) => link.amountCents)).toEqual([4200])
  })

  it('an answer slower than timeoutMs: timeout with outcomeUnknown, while the link was created', async () => {
    const impatient = createSecPaidClient({
      baseUrl: simulator.baseUrl,
      getApiKey: () => 'key-a',
      fetch,
      timeoutMs: 200
    })
    simulator.setResponseDelayAfterProcessing(600)
    const started = Date.now()
    expect(await impatient.createLink({ amountCents: 990, recipientNote: 'POS-slow' })).toEqual({
      ok: false,
      error: {
        kind: 'timeout',
        message: 'SecPaid did not answer within 0.2 s.',
        timeoutSeconds: 0.2,
        outcomeUnknown: true
      }
    })
    expect(Date.now() - started).toBeLessThan(550)
    expect(simulator.links()).toMatchObject([{ amountCents: 990, recipientNote: 'POS-slow' }])
  })

  it('latency longer than timeoutMs before processing also times out', async () => {
    const impatient = createSecPaidClient({
      baseUrl: simulator.baseUrl,
      getApiKey: () => 'key-a',
      fetch,
      timeoutMs: 150
    })
    simulator.setLatency(400)
    expect(await impatient.getMyUnusedLinks()).toMatchObject({
      ok: false,
      error: { kind: 'timeout', outcomeUnknown: true }
    })
  })

  it('each fault answers one request only; the next request succeeds', async () => {
    simulator.injectFaults('http500', 2)
    expect((await client.getMyUnusedLinks()).ok).toBe(false)
    expect((await client.getMyUnusedLinks()).ok).toBe(false)
    expect(await client.getMyUnusedLinks()).toEqual({ ok: true, value: [] })
  })

  it('a closed simulator: network error, connection refused, outcomeUnknown false', async () => {
    const closed = await startTestSecPaid()
    const baseUrl = closed.baseUrl
    await closed.close()
    const refusedClient = createSecPaidClient({ baseUrl, getApiKey: () => 'demo-key', fetch, timeoutMs: 1000 })
    expect(await refusedClient.createLink({ amountCents: 100 })).toEqual({
      ok: false,
      error: {
        kind: 'network',
        message: 'ECONNREFUSED',
        unreachable: 'refused',
        outcomeUnknown: false
      }
    })
  })

  it('fetch failures that mean nothing was sent (Node and Electron spellings) have outcomeUnknown false', async () => {
    const failingWith = (error: Error) =>
      createSecPaidClient({ baseUrl: simulator.baseUrl, getApiKey: () => 'key-a', fetch: () => Promise.reject(error) })
    const nodeDns = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' })
    })
    expect(await failingWith(nodeDns).getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'network',
        message: 'ENOTFOUND',
        unreachable: 'unresolved',
        outcomeUnknown: false
      }
    })
    expect(await failingWith(new Error('net::ERR_CONNECTION_REFUSED')).getMyUnusedLinks()).toMatchObject({
      ok: false,
      error: { kind: 'network', outcomeUnknown: false }
    })
    expect(await failingWith(new Error('net::ERR_INTERNET_DISCONNECTED')).getMyUnusedLinks()).toMatchObject({
      ok: false,
      error: { kind: 'network', message: 'ERR_INTERNET_DISCONNECTED', outcomeUnknown: false }
    })
    expect(await failingWith(new Error('net::ERR_CONNECTION_RESET')).getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'network',
        message: 'ERR_CONNECTION_RESET',
        unreachable: 'dropped',
        outcomeUnknown: true
      }
    })
  })

  it('a fetch that throws something odd still gives a network error with its message as data, not a stack', async () => {
    const throwing = createSecPaidClient({
      baseUrl: simulator.baseUrl,
      getApiKey: () => 'key-a',
      fetch: () => Promise.reject(new Error('boom')),
      timeoutMs: 1000
    })
    expect(await throwing.getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'network',
        message: 'boom',
        unreachable: 'other',
        outcomeUnknown: true
      }
    })
  })
})

describe('rate limit enforcement', () => {
  it('allows 60 requests a minute per key; the 61st gets 429; the next minute is open again', async () => {
    let clock = new Date('2026-05-20T09:00:00Z')
    const simulator = await startTestSecPaid({ apiKeys: ['key-a', 'key-b'], enforceRateLimit: true, now: () => clock })
    try {
      const client = createSecPaidClient({
        baseUrl: simulator.baseUrl,
        getApiKey: () => 'key-a',
        fetch,
        timeoutMs: 2000
      })
      const otherAccount = createSecPaidClient({
        baseUrl: simulator.baseUrl,
        getApiKey: () => 'key-b',
        fetch,
        timeoutMs: 2000
      })
      for (let request = 1; request <= 60; request += 1) {
        const result = await client.getMyUnusedLinks({ limit: 1 })
        if (!result.ok) throw new Error(`request ${request} failed: ${result.error.message}`)
      }
      expect(await client.getMyUnusedLinks()).toMatchObject({
        ok: false,
        error: { kind: 'rate_limited', httpStatus: 429 }
      })
      const limited = await client.getMyUnusedLinks()
      expect(!limited.ok && limited.error.retryAfterSeconds).toBeUndefined()
      expect((await otherAccount.getMyUnusedLinks()).ok).toBe(true)
      clock = new Date(clock.getTime() + 60_000)
      expect((await client.getMyUnusedLinks()).ok).toBe(true)
    } finally {
      await simulator.close()
    }
  })
})

describe('envelope classification of crafted answers', () => {
  let server: CannedServer
  let client: SecPaidClient
  beforeAll(async () => {
    server = await startCannedServer()
    client = createSecPaidClient({ baseUrl: server.baseUrl, getApiKey: () => 'key', fetch, timeoutMs: 2000 })
  })
  afterAll(() => server.close())

  it('accepts ResponseCode as the string "1"', async () => {
    server.answer({ body: { ...successEnvelope([]), ResponseCode: '1' } })
    expect(await client.getMyUnusedLinks()).toEqual({ ok: true, value: [] })
  })

  it('ResponseCode 0 with HTTP 200 is an api error carrying ResponseMsg', async () => {
    server.answer({ body: { ...errorEnvelope('Amount should not be zero or negative number'), ResponseCode: '0' } })
    expect(await client.createLink({ amountCents: 0 })).toEqual({
      ok: false,
      error: {
        kind: 'api',
        message: 'Amount should not be zero or negative number',
        secpaidMessage: 'Amount should not be zero or negative number',
        httpStatus: 200,
        outcomeUnknown: false
      }
    })
  })

  it('"Please enter token" with HTTP 200 is an auth error', async () => {
    server.answer({ body: errorEnvelope('Please enter token') })
    expect(await client.getMyUnusedLinks()).toMatchObject({
      ok: false,
      error: { kind: 'auth', message: 'Please enter token' }
    })
  })

  it('"Incorrect token or missing token", the wording of other docs pages, is an auth error too', async () => {
    server.answer({ status: 400, body: errorEnvelope('Incorrect token or missing token') })
    expect(await client.getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'auth',
        message: 'Incorrect token or missing token',
        secpaidMessage: 'Incorrect token or missing token',
        httpStatus: 400,
        outcomeUnknown: false
      }
    })
  })

  it('HTTP 403 with an envelope is an auth error with its message', async () => {
    server.answer({ status: 403, body: errorEnvelope('Access denied') })
    expect(await client.getMyUnusedLinks()).toMatchObject({
      ok: false,
      error: { kind: 'auth', message: 'Access denied', httpStatus: 403 }
    })
  })

  it("HTTP 401 without an envelope (a proxy's page) is still an auth error", async () => {
    server.answer({ status: 401, body: '<html>Unauthorized</html>' })
    expect(await client.getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'auth',
        message: 'SecPaid refused the API key (HTTP 401).',
        httpStatus: 401,
        outcomeUnknown: false
      }
    })
  })

  it('HTTP 404 with an envelope ("Link not found") is an api error with its message', async () => {
    server.answer({ status: 404, body: errorEnvelope('Link not found') })
    expect(await client.deleteLink(1)).toEqual({
      ok: false,
      error: {
        kind: 'api',
        message: 'Link not found',
        secpaidMessage: 'Link not found',
        httpStatus: 404,
        outcomeUnknown: false
      }
    })
  })

  it('a success envelope with an error status, or Result "False" with ResponseCode 1, is a bad_response', async () => {
    server.answer({ status: 400, body: successEnvelope([]) })
    expect(await client.getMyUnusedLinks()).toMatchObject({
      ok: false,
      error: { kind: 'bad_response', httpStatus: 400 }
    })
    server.answer({ body: { ...successEnvelope([]), Result: 'False' } })
    expect(await client.getMyUnusedLinks()).toMatchObject({ ok: false, error: { kind: 'bad_response' } })
  })

  it('JSON that is not an envelope: bad_response with HTTP 200, server error with HTTP 503', async () => {
    server.answer({ body: [1, 2, 3] })
    expect(await client.getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'bad_response',
        message: 'SecPaid sent a response in an unexpected format (HTTP 200).',
        badAnswer: 'unexpected_format',
        httpStatus: 200,
        outcomeUnknown: false
      }
    })
    server.answer({ status: 503, body: { message: 'maintenance' } })
    expect(await client.getMyUnusedLinks()).toMatchObject({ ok: false, error: { kind: 'server', httpStatus: 503 } })
  })

  it('an empty body is a bad_response that says so', async () => {
    server.answer({ body: '' })
    expect(await client.getMyUnusedLinks()).toMatchObject({
      ok: false,
      error: { kind: 'bad_response', message: 'SecPaid sent an empty response (HTTP 200).' }
    })
  })

  it('Retry-After as an HTTP date becomes seconds from now', async () => {
    server.answer({ status: 429, headers: { 'Retry-After': new Date(Date.now() + 30_000).toUTCString() }, body: '' })
    const result = await client.getMyUnusedLinks()
    expect(!result.ok && result.error.retryAfterSeconds).toBeGreaterThanOrEqual(28)
    expect(!result.ok && result.error.retryAfterSeconds).toBeLessThanOrEqual(31)
  })
})
