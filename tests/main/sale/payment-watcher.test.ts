import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { sleepOn } from '../../../src-main/clock'
import { createPaymentWatcher, type PaymentWatcher } from '../../../src-main/sale/payment-watcher'
import { createPendingList, type PendingList } from '../../../src-main/sale/pending-list'
import { createSecPaidClient, type FetchLike } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { fastClock } from '../../support/fast-clock'
import { type ManualClock, manualClock } from '../../support/manual-clock'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { sleep, until } from '../../support/wait'

describe('payment watcher polling the simulator over real HTTP', () => {
  let simulator: TestSecPaid
  let client: SecPaidClient
  let watcher: PaymentWatcher
  let pendingList: PendingList
  let paid: number[]
  let gone: number[]
  const references = new Map<number, string>()
  // Requests sent and not yet answered: counts are read only once they have reached SecPaid, whatever the load.
  let requestsInFlight = 0
  const trackedFetch: FetchLike = (url, init) => {
    requestsInFlight += 1
    return fetch(url, init).finally(() => {
      requestsInFlight -= 1
    })
  }
  const requestsArrived = () => until(() => requestsInFlight === 0)
  // Client calls not yet answered, body read and all: once none is, whoever awaited one has had its answer.
  let callsInFlight = 0
  const answered = <T>(call: Promise<T>) => {
    callsInFlight += 1
    return call.finally(() => {
      callsInFlight -= 1
    })
  }
  /** The client, each call counted until it is answered; confirmations by getMyUsedLinks wait `confirmDelayMs` first. */
  let confirmDelayMs = 0
  const countedClient = (): SecPaidClient => ({
    createLink: (input) => answered(client.createLink(input)),
    getMyUnusedLinks: (query) => answered(client.getMyUnusedLinks(query)),
    getMyUsedLinks: (query) => answered(sleep(confirmDelayMs).then(() => client.getMyUsedLinks(query))),
    deleteLink: (linkId) => answered(client.deleteLink(linkId)),
    getPayInTransactions: (query) => answered(client.getPayInTransactions(query)),
    getPayOutTransactions: (query) => answered(client.getPayOutTransactions(query)),
    refundPayment: (input) => answered(client.refundPayment(input))
  })
  const callsAnswered = () => until(() => callsInFlight === 0)
  /** This till's sales (1,000 cents each, by the references created here) and where their outcomes are recorded. */
  const ourSales: Pick<Parameters<typeof createPaymentWatcher>[0], 'saleOf' | 'onSettled'> = {
    saleOf: (linkId) => {
      const reference = references.get(linkId)
      return reference === undefined ? undefined : { reference, amountCents: 1000 }
    },
    onSettled: (linkId, status) => (status === 'paid' ? paid : gone).push(linkId)
  }

  beforeAll(async () => {
    simulator = await startTestSecPaid()
    client = createSecPaidClient({
      baseUrl: simulator.baseUrl,
      getApiKey: () => 'demo-key',
      fetch: trackedFetch,
      timeoutMs: 1000
    })
  })
  afterAll(() => simulator.close())
  beforeEach(() => {
    simulator.reset()
    // The reset simulator numbers its links from the start again: a link id of an earlier test is not this test's sale.
    references.clear()
    confirmDelayMs = 0
    paid = []
    gone = []
    pendingList = createPendingList({ getClient: () => client })
    watcher = createPaymentWatcher({
      getClient: () => client,
      pendingList,
      ...ourSales,
      watchIntervalMs: 50,
      maxBackoffMs: 400
    })
    return async () => {
      watcher.stop()
      // A poll sent just before the stop must not land in the next test's counts.
      await requestsArrived()
    }
  })

  const createLink = async (reference: string) => {
    const created = await client.createLink({ amountCents: 1000, recipientNote: reference })
    if (!created.ok) throw new Error(created.error.message)
    references.set(created.value.id, reference)
    return created.value.id
  }

  it('reports paid only after getMyUsedLinks confirms it, then stops polling', async () => {
    const linkId = await createLink('POS-w-1')
    watcher.watch(linkId)
    await sleep(120)
    expect(watcher.stateOf(linkId)).toBe('waiting')
    simulator.markPaid(linkId)
    await until(() => watcher.stateOf(linkId) === 'paid')
    expect(paid).toEqual([linkId])
    const endpoints = simulator.requestLog().map((request) => request.endpoint)
    expect(endpoints.at(-1)).toBe('getMyUsedLinks')
    const requestsWhenPaid = simulator.requestCount()
    await sleep(200)
    expect(simulator.requestCount()).toBe(requestsWhenPaid)
  })

  it('confirms a link this counter did not create (sidebar) through getPayInTransactions with pay_id', async () => {
    const created = await client.createLink({ amountCents: 2500, recipientNote: 'made elsewhere' })
    if (!created.ok) throw new Error(created.error.message)
    watcher.watch(created.value.id)
    simulator.markPaid(created.value.id)
    await until(() => watcher.stateOf(created.value.id) === 'paid')
    expect(simulator.requestLog().at(-1)).toMatchObject({
      endpoint: 'getPayInTransactions',
      body: { pay_id: created.value.id }
    })
  })

  it('calls a link that vanished without payment cancelled, never paid', async () => {
    const linkId = await createLink('POS-w-2')
    watcher.watch(linkId)
    await client.deleteLink(linkId)
    await until(() => watcher.stateOf(linkId) === 'cancelled')
    expect(paid).toEqual([])
    expect(gone).toEqual([linkId])
  })

  it('makes at most one list call per interval while watching', async () => {
    const linkId = await createLink('POS-w-3')
    simulator.resetCounts()
    watcher.watch(linkId)
    await sleep(520)
    watcher.unwatch()
    await requestsArrived()
    const calls = simulator.requestCount()
    const times = simulator.requestLog().map((request) => Date.parse(request.time))
    const gaps = times.slice(1).map((time, index) => time - times[index]!)
    expect(calls).toBeGreaterThanOrEqual(2)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(45)
    await sleep(150)
    expect(simulator.requestCount()).toBe(calls)
  })

  it('backs off exponentially on 429 and honours Retry-After', async () => {
    const linkId = await createLink('POS-w-4')
    simulator.resetCounts()
    simulator.injectFaults('http429', 3)
    watcher.watch(linkId)
    await until(() => simulator.requestCount() >= 4)
    const times = simulator.requestLog().map((request) => Date.parse(request.time))
    const gaps = times.slice(1).map((time, index) => time - times[index]!)
    expect(gaps[0]!).toBeGreaterThanOrEqual(90)
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!)
    expect(gaps[2]!).toBeGreaterThanOrEqual(390)

    simulator.resetCounts()
    simulator.injectFaults('http429RetryAfter', 1)
    await until(() => simulator.requestCount() >= 2, { limitMs: 4000 })
    const [first, second] = simulator.requestLog().map((request) => Date.parse(request.time))
    expect(second! - first!).toBeGreaterThanOrEqual(1990)
  }, 10_000)

  it('shares a fresh list with the sidebar instead of sending another request', async () => {
    await createLink('POS-w-5')
    const first = await pendingList.get(40)
    const callsAfterFirst = simulator.requestCount()
    const second = await pendingList.get(40)
    expect(simulator.requestCount()).toBe(callsAfterFirst)
    expect(second).toEqual(first)
    await sleep(60)
    await pendingList.get(40)
    expect(simulator.requestCount()).toBe(callsAfterFirst + 1)
  })

  it('while a QR is watched, the sidebar shares the poll: its refreshes add no requests, polls stay fresh', async () => {
    const linkId = await createLink('POS-w-6')
    const sharedList = createPendingList({ getClient: () => client })
    const sharing = createPaymentWatcher({
      getClient: () => client,
      pendingList: sharedList,
      saleOf: () => undefined,
      onSettled: () => {},
      watchIntervalMs: 100
    })
    simulator.resetCounts()
    sharing.watch(linkId)
    for (let refresh = 0; refresh < 20; refresh += 1) {
      expect((await sharedList.get(150)).ok).toBe(true)
      await sleep(30)
    }
    const polls = simulator.requestCount()
    sharing.stop()
    // Let a poll already under way land now, not in the next test's fault queue.
    await sleep(100)
    // 620 ms of watching at one poll per 100 ms: the 20 sidebar refreshes must not have doubled that.
    expect(polls).toBeLessThanOrEqual(8)
  })

  it('showing again a link older than the newest 50 costs what a new one does: one request a poll', async () => {
    // Ten seconds of watching at the app's own interval, run ten times faster.
    const clock = fastClock(10)
    const watchIntervalMs = 1600
    const pollsInTenSeconds = Math.floor(10_000 / watchIntervalMs)
    const ours = await createLink('POS-w-old')
    const elsewhere = await client.createLink({ amountCents: 700, recipientNote: 'another till' })
    if (!elsewhere.ok) throw new Error(elsewhere.error.message)
    let newest = 0
    for (let index = 0; index < 50; index += 1) newest = await createLink(`POS-w-new-${index}`)
    const showing = createPaymentWatcher({
      getClient: () => client,
      pendingList: createPendingList({ getClient: () => client, now: () => clock.now() }),
      ...ourSales,
      watchIntervalMs,
      clock
    })
    const requestsWhileShown = async (linkId: number) => {
      simulator.resetCounts()
      showing.watch(linkId)
      await sleepOn(clock, 10_000)
      showing.unwatch()
      await requestsArrived()
      return simulator.requestLog()
    }

    // The first list learns how many links wait (two requests); from then on each poll is one request.
    const forNewLink = await requestsWhileShown(newest)
    const forOurOldLink = await requestsWhileShown(ours)
    const forOldLinkOfAnotherTill = await requestsWhileShown(elsewhere.value.id)
    expect(forNewLink.length).toBeLessThanOrEqual(pollsInTenSeconds + 1)
    for (const requests of [forOurOldLink, forOldLinkOfAnotherTill]) {
      expect(requests.length).toBeGreaterThanOrEqual(2)
      expect(requests.length).toBeLessThanOrEqual(pollsInTenSeconds)
      expect(new Set(requests.map((request) => request.endpoint))).toEqual(new Set(['getMyUnusedLinks']))
    }
    expect(paid).toEqual([])
    expect(gone).toEqual([])

    showing.watch(ours)
    simulator.markPaid(ours)
    await until(() => showing.stateOf(ours) === 'paid')
    expect(paid).toEqual([ours])
    showing.stop()
  })

  describe('every pending list fetched while a link is watched is examined at once', () => {
    const watchIntervalMs = 1600
    let clock: ManualClock
    let sharedList: PendingList

    beforeEach(() => {
      clock = manualClock()
      const counted = countedClient()
      sharedList = createPendingList({ getClient: () => counted, now: () => clock.now() })
      // Replaces the outer watcher, so the outer clean-up stops this one.
      watcher = createPaymentWatcher({
        getClient: () => counted,
        pendingList: sharedList,
        ...ourSales,
        watchIntervalMs,
        clock
      })
    })

    /** Moves the clock on in 100 ms steps, letting every request a step sends be answered before the next. */
    const advance = async (ms: number) => {
      for (let moved = 0; moved < ms; moved += 100) {
        await clock.advance(Math.min(100, ms - moved))
        await callsAnswered()
      }
    }
    const endpoints = () => simulator.requestLog().map((request) => request.endpoint)

    it('a sidebar refresh that no longer holds the link confirms it paid at once, not at the next poll', async () => {
      const linkId = await createLink('POS-w-sidebar')
      watcher.watch(linkId)
      await advance(watchIntervalMs / 2)
      simulator.markPaid(linkId)
      simulator.resetCounts()
      // The clock stands still from here on: no poll of the watcher's can fall due.
      expect((await sharedList.get(0)).ok).toBe(true)
      await until(() => watcher.stateOf(linkId) === 'paid')
      expect(paid).toEqual([linkId])
      expect(endpoints()).toEqual(['getMyUnusedLinks', 'getMyUsedLinks'])
      await advance(3 * watchIntervalMs)
      expect(simulator.requestCount()).toBe(2)
    })

    it('a foreign list puts off the next poll by one interval: 10 s with a sidebar refresh cost no more requests', async () => {
      const linkId = await createLink('POS-w-count')
      const pollsInTenSeconds = Math.floor(10_000 / watchIntervalMs)
      simulator.resetCounts()
      watcher.watch(linkId)
      await advance(1000)
      expect(simulator.requestCount()).toBe(0)
      expect((await sharedList.get(0)).ok).toBe(true)
      // The poll that was due at 1.6 s now comes one interval after the sidebar's list, at 2.6 s.
      await advance(watchIntervalMs - 100)
      expect(simulator.requestCount()).toBe(1)
      await advance(100)
      expect(simulator.requestCount()).toBe(2)
      await advance(10_000 - 1000 - watchIntervalMs)
      expect(endpoints().every((endpoint) => endpoint === 'getMyUnusedLinks')).toBe(true)
      expect(simulator.requestCount()).toBeLessThanOrEqual(pollsInTenSeconds)
      expect(watcher.stateOf(linkId)).toBe('waiting')
    })

    it('never runs two confirmations of one link at once, whichever lists keep showing it missing', async () => {
      const linkId = await createLink('POS-w-once')
      confirmDelayMs = 2000
      watcher.watch(linkId)
      simulator.markPaid(linkId)
      simulator.resetCounts()
      expect((await sharedList.get(0)).ok).toBe(true)
      expect((await sharedList.get(0, 'settle')).ok).toBe(true)
      // The watcher's own poll falls due while the first confirmation still waits.
      await clock.advance(watchIntervalMs)
      await until(() => watcher.stateOf(linkId) === 'paid', { limitMs: 5000 })
      // A second confirmation, had one started, would be answered by now.
      await callsAnswered()
      expect(paid).toEqual([linkId])
      expect(endpoints().filter((endpoint) => endpoint === 'getMyUsedLinks')).toHaveLength(1)
    })

    it('ignores a list answered after the link on screen changed or was unwatched', async () => {
      const first = await createLink('POS-w-left')
      const second = await createLink('POS-w-next')
      watcher.watch(first)
      simulator.markPaid(first)
      const answeredAfterChange = sharedList.get(0)
      watcher.watch(second)
      expect((await answeredAfterChange).ok).toBe(true)
      watcher.watch(first)
      const answeredAfterUnwatch = sharedList.get(0)
      watcher.unwatch()
      expect((await answeredAfterUnwatch).ok).toBe(true)
      await callsAnswered()
      expect(endpoints()).not.toContain('getMyUsedLinks')
      expect(watcher.stateOf(first)).toBe('waiting')
      expect(paid).toEqual([])
    })
  })
})
