import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

/** Every error message SecPaid documents, produced by the simulator and read by the client. */
describe('documented SecPaid errors surface with the right kind and the exact ResponseMsg', () => {
  let simulator: TestSecPaid
  let client: SecPaidClient
  const clientWithKey = (key: string | null) =>
    createSecPaidClient({ baseUrl: simulator.baseUrl, getApiKey: () => key, fetch, timeoutMs: 2000 })
  const rawPost = async (endpoint: string, body: unknown, headers: Record<string, string> = { token: 'key-a' }) => {
    const response = await fetch(`${simulator.baseUrl}${endpoint}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body)
    })
    return { status: response.status, body: await response.json() }
  }

  beforeAll(async () => {
    simulator = await startTestSecPaid({ apiKeys: ['key-a', 'key-b'] })
    client = clientWithKey('key-a')
  })
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset())

  it('no key configured: a no_key error without sending anything', async () => {
    for (const key of [null, '']) {
      expect(await clientWithKey(key).getMyUnusedLinks()).toEqual({
        ok: false,
        error: { kind: 'no_key', message: 'No API key is set.', outcomeUnknown: false }
      })
    }
    expect(simulator.requestCount()).toBe(0)
  })

  it('a request without the token header gets "Please enter token" (HTTP 401)', async () => {
    expect(await rawPost('getMyUnusedLinks', {}, {})).toEqual({
      status: 401,
      body: { ResponseCode: 0, ResponseMsg: 'Please enter token', Result: 'False', ServerTime: 'CEST' }
    })
  })

  it('an unknown key: auth error "No user found with the provided API key."', async () => {
    expect(await clientWithKey('wrong').createLink({ amountCents: 100 })).toEqual({
      ok: false,
      error: {
        kind: 'auth',
        message: 'No user found with the provided API key.',
        secpaidMessage: 'No user found with the provided API key.',
        httpStatus: 401,
        outcomeUnknown: false
      }
    })
    expect(simulator.links()).toEqual([])
  })

  it('a body without amount gets "Please enter amount"; the client refuses a non-whole cent amount before sending', async () => {
    expect(await rawPost('createLink', { recipient_note: 'x' })).toMatchObject({
      status: 400,
      body: { ResponseCode: 0, ResponseMsg: 'Please enter amount', Result: 'False' }
    })
    const before = simulator.requestCount()
    for (const amountCents of [Number.NaN, 12.5, Number.POSITIVE_INFINITY]) {
      expect(await client.createLink({ amountCents })).toEqual({
        ok: false,
        error: { kind: 'invalid_amount', message: 'The amount must be a whole number of cents.', outcomeUnknown: false }
      })
    }
    expect(simulator.requestCount()).toBe(before)
  })

  it('zero and negative amounts: api error "Amount should not be zero or negative number"', async () => {
    for (const amountCents of [0, -500]) {
      expect(await client.createLink({ amountCents })).toEqual({
        ok: false,
        error: {
          kind: 'api',
          message: 'Amount should not be zero or negative number',
          secpaidMessage: 'Amount should not be zero or negative number',
          httpStatus: 400,
          outcomeUnknown: false
        }
      })
    }
    expect(simulator.links()).toEqual([])
  })

  it('deleting a paid link: api error "This link is already used"', async () => {
    const created = await client.createLink({ amountCents: 100 })
    if (!created.ok) throw new Error(created.error.message)
    simulator.markPaid(created.value.id)
    expect(await client.deleteLink(created.value.id)).toEqual({
      ok: false,
      error: {
        kind: 'api',
        message: 'This link is already used',
        secpaidMessage: 'This link is already used',
        httpStatus: 400,
        outcomeUnknown: false
      }
    })
  })

  it('deleting an unknown link or another account\'s link: api error "Invalid link ID" (HTTP 404)', async () => {
    const othersLink = await clientWithKey('key-b').createLink({ amountCents: 100 })
    if (!othersLink.ok) throw new Error(othersLink.error.message)
    for (const linkId of [123, othersLink.value.id]) {
      expect(await client.deleteLink(linkId)).toEqual({
        ok: false,
        error: {
          kind: 'api',
          message: 'Invalid link ID',
          secpaidMessage: 'Invalid link ID',
          httpStatus: 404,
          outcomeUnknown: false
        }
      })
    }
    expect(simulator.links().map((link) => link.id)).toEqual([othersLink.value.id])
  })

  it('deleting without link_id: api error "Please enter link_id"', async () => {
    expect(await rawPost('deleteLink', {})).toMatchObject({
      status: 400,
      body: { ResponseMsg: 'Please enter link_id' }
    })
    // NaN has no JSON form: it goes out as null, which SecPaid reads as missing.
    expect(await client.deleteLink(Number.NaN)).toEqual({
      ok: false,
      error: {
        kind: 'api',
        message: 'Please enter link_id',
        secpaidMessage: 'Please enter link_id',
        httpStatus: 400,
        outcomeUnknown: false
      }
    })
  })
})
