import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createPendingList, MAX_LIMIT, type PendingListResult } from '../../../src-main/sale/pending-list'
import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

describe('the pending list tells the whole truth', () => {
  let secpaid: TestSecPaid
  let client: SecPaidClient
  beforeAll(async () => {
    secpaid = await startTestSecPaid()
    client = createSecPaidClient({ baseUrl: secpaid.baseUrl, getApiKey: () => 'demo-key', fetch, timeoutMs: 3000 })
  })
  afterAll(() => secpaid.close())
  beforeEach(() => secpaid.reset())

  const createLinks = async (count: number) => {
    for (let link = 0; link < count; link += 1) await client.createLink({ amountCents: 100 + link })
  }
  const limitsAsked = () =>
    secpaid.requestLog().map((request) => (request.body as { limit?: number } | null)?.limit ?? null)

  it('60 waiting links: all 60, complete, found with one more request the first time and one request after', async () => {
    await createLinks(60)
    secpaid.resetCounts()
    const pending = createPendingList({ getClient: () => client })
    const first = await pending.get(0)
    expect(first.ok && first.list.links).toHaveLength(60)
    expect(first.ok && first.list.complete).toBe(true)
    expect(limitsAsked()).toEqual([50, 200])
    secpaid.resetCounts()
    await pending.get(0)
    expect(limitsAsked()).toEqual([110])
  })

  it('newest first, as SecPaid orders them', async () => {
    await createLinks(3)
    const answer = await createPendingList({ getClient: () => client }).get(0)
    const amounts = answer.ok ? answer.list.links.map((link) => link.amountCents) : []
    expect(amounts).toEqual([102, 101, 100])
  })

  it('says the list is not complete when more links wait than one answer carries', async () => {
    await createLinks(MAX_LIMIT + 5)
    const answer = await createPendingList({ getClient: () => client }).get(0)
    expect(answer.ok && answer.list.links).toHaveLength(MAX_LIMIT)
    expect(answer.ok && answer.list.complete).toBe(false)
  }, 30_000)

  it('a list asked for before invalidate() (a charge) answers only its own callers: the next refresh asks again', async () => {
    const pending = createPendingList({ getClient: () => client })
    const before = pending.get(60_000)
    pending.invalidate()
    await before
    const charged = await client.createLink({ amountCents: 700 })
    const after = await pending.get(60_000)
    expect(charged.ok && after.ok && after.list.links.map((link) => link.id)).toContain(charged.ok && charged.value.id)
  })

  it('a more urgent reader does not wait behind a sidebar list queued in the budget: it asks at its own priority', async () => {
    await createLinks(2)
    const asked: string[] = []
    const pending = createPendingList({
      getClient: (priority) => {
        asked.push(priority)
        return client
      }
    })
    const sidebar = pending.get(0)
    const poll = pending.get(0, 'watch')
    const again = pending.get(0, 'list')
    // Two fetches: the same links, each stamped with the moment it was asked for.
    const linksOf = (result: PendingListResult) => (result.ok ? result.list.links : result.error)
    expect(linksOf(await poll)).toEqual(linksOf(await sidebar))
    expect(await again).toEqual(await poll)
    expect(asked).toEqual(['list', 'watch'])
  })

  it('joins a request already under way instead of sending another', async () => {
    await createLinks(2)
    secpaid.resetCounts()
    const pending = createPendingList({ getClient: () => client })
    const [a, b] = await Promise.all([pending.get(0), pending.get(0)])
    expect(a).toEqual(b)
    expect(secpaid.requestCount()).toBe(1)
  })

  it('tells a listener each list fetched after it subscribed, whoever asked, until it unsubscribes', async () => {
    await createLinks(2)
    const pending = createPendingList({ getClient: () => client })
    const heard: number[][] = []
    const askedBefore = pending.get(0)
    const unsubscribe = pending.onFetched((list) => heard.push(list.links.map((link) => link.amountCents)))
    await askedBefore
    expect(heard).toEqual([])
    await pending.get(0)
    await pending.get(0, 'settle')
    expect(heard).toEqual([
      [101, 100],
      [101, 100]
    ])
    const supersededByInvalidate = pending.get(0)
    pending.invalidate()
    await supersededByInvalidate
    unsubscribe()
    await pending.get(0)
    expect(heard).toHaveLength(2)
  })
})
