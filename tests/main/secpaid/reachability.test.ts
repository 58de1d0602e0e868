import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createSecPaidClient } from '../../../src-main/secpaid/client'
import { createReachability } from '../../../src-main/secpaid/reachability'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

describe('reachability: learned from every answer the client gets, told only when it changes', () => {
  let simulator: TestSecPaid
  let changes: boolean[]
  beforeAll(async () => {
    simulator = await startTestSecPaid()
  })
  afterAll(() => simulator.close())
  beforeEach(() => {
    simulator.reset()
    changes = []
  })

  const observedClient = (getApiKey: () => string | null = () => 'demo-key') => {
    const reachability = createReachability((online) => changes.push(online))
    const client = reachability.observe(
      createSecPaidClient({ baseUrl: simulator.baseUrl, getApiKey, fetch, timeoutMs: 1000 })
    )
    return { reachability, client }
  }

  it('is offline after a dropped connection and online again after the next answer', async () => {
    const { reachability, client } = observedClient()
    simulator.injectFaults('connectionReset', 1)
    expect((await client.getMyUnusedLinks()).ok).toBe(false)
    expect(reachability.online()).toBe(false)
    expect((await client.getMyUnusedLinks()).ok).toBe(true)
    expect(reachability.online()).toBe(true)
    expect(changes).toEqual([false, true])
  })

  it('counts any answer, even an error, as SecPaid reached', async () => {
    const { reachability, client } = observedClient(() => 'not-a-known-key')
    simulator.injectFaults('connectionReset', 1)
    await client.createLink({ amountCents: 100 })
    for (const fault of ['http500', 'http429', 'garbage'] as const) {
      simulator.injectFaults(fault, 1)
      await client.getMyUsedLinks()
      expect(reachability.online(), fault).toBe(true)
    }
    expect((await client.deleteLink(1)).ok).toBe(false)
    expect(changes).toEqual([false, true])
  })

  it('learns nothing from a call that never left the app (no key set)', async () => {
    const { reachability, client } = observedClient(() => null)
    expect(await client.getPayInTransactions()).toMatchObject({ ok: false, error: { kind: 'no_key' } })
    expect(reachability.online()).toBe(true)
    expect(changes).toEqual([])
    expect(simulator.requestCount()).toBe(0)
  })
})
