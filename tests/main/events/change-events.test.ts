import { afterEach, describe, expect, it } from 'vitest'

import type { LinkView } from '../../../src-preload/contract'
import { parseCounterEvent } from '../../../src-preload/contract/counter-event-schema'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { type ManualClock, manualClock } from '../../support/manual-clock'
import type { TestSecPaid } from '../../support/test-secpaid'
import { sleep, until } from '../../support/wait'

/**
 * The renderer keeps no time for main: main tells it when the pending list, today's summary or the uncertain sale
 * changed, from its own clock and what it learns, and spends no more of SecPaid's budget than the renderer's polls did.
 */
describe('main tells the renderer what changed instead of being polled', () => {
  let opened: DemoBackend
  let clock: ManualClock

  const open = async (start?: number) => {
    clock = manualClock(start)
    // Every request at once: this test counts requests, the budget's pacing is tested elsewhere.
    opened = await openDemoBackend({ testing: { clock, requestBudget: null, lookupDelayMs: 0 } })
    return opened
  }
  afterEach(async () => {
    await opened.close()
    for (const event of opened.events) expect(parseCounterEvent(event), JSON.stringify(event)).toEqual(event)
  })
  const countOf = (type: string) => opened.events.filter((event) => event.type === type).length
  const listRequests = (demo: TestSecPaid) =>
    demo.requestLog().filter((request) => request.endpoint === 'getMyUnusedLinks').length
  /** Waits until SecPaid answered every request and main had the time to act on the answers. */
  const answered = async (demo: TestSecPaid) => {
    await until(() => demo.requestLog().every((request) => request.status !== null), { limitMs: 3000, stepMs: 5 })
    await sleep(20)
  }
  /** A link made behind the counter's back, e.g. by another till on the same key. */
  const linkMadeElsewhere = async (demo: TestSecPaid) => {
    const made = await fetch(`${demo.baseUrl}createLink`, {
      method: 'POST',
      headers: { token: 'demo-key', 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount: '4.00', recipient_note: 'elsewhere', is_qr_link: true })
    })
    expect(made.status).toBe(200)
  }

  it('pushes pending_changed when a list it fetched differs, keeping the sidebar’s list fresh at its old pace', async () => {
    const { call, demo } = await open()
    expect(await call('listPending', {})).toMatchObject({ ok: true, value: { links: [] } })
    expect(countOf('pending_changed')).toBe(1)
    expect(listRequests(demo)).toBe(1)

    // Nothing changed: 30 s later main asks once, as the renderer's poll did, and says nothing.
    await clock.advance(30_000)
    await answered(demo)
    expect(listRequests(demo)).toBe(2)
    expect(countOf('pending_changed')).toBe(1)

    await linkMadeElsewhere(demo)
    await clock.advance(30_000)
    await answered(demo)
    expect(listRequests(demo)).toBe(3)
    expect(countOf('pending_changed')).toBe(2)
    const listed = await call<{ links: LinkView[] }>('listPending', {})
    expect(listed.ok && listed.value.links.map((link) => link.amountCents)).toEqual([400])
    // The renderer's refresh on the event is served from the list just fetched.
    expect(listRequests(demo)).toBe(3)
  })

  it('asks every 5 s while SecPaid is unreachable, and tells the list once it answers again', async () => {
    const { call, demo } = await open()
    await call('listPending', {})
    demo.injectFaults('connectionReset', 2, 'getMyUnusedLinks')
    // Paid detection's poll (or a charge) finds SecPaid unreachable: the sidebar's list is asked for sooner.
    expect(await call('testConnection', {})).toMatchObject({ ok: false })
    expect(opened.events).toContainEqual(expect.objectContaining({ type: 'connection', online: false }))
    await clock.advance(5_000)
    await sleep(100)
    expect(listRequests(demo)).toBe(3)
    expect(countOf('pending_changed')).toBe(1)
    await linkMadeElsewhere(demo)
    await clock.advance(5_000)
    await until(() => countOf('pending_changed') === 2, { limitMs: 3000, stepMs: 5 })
    expect(opened.events.at(-1)).toEqual({ type: 'pending_changed' })
    expect(opened.events).toContainEqual(expect.objectContaining({ type: 'connection', online: true }))
  })

  it('asks SecPaid for no list before the sidebar does', async () => {
    const { demo } = await open()
    await clock.advance(5 * 60_000)
    expect(listRequests(demo)).toBe(0)
    expect(countOf('pending_changed')).toBe(0)
  })

  it('pushes pending_changed once when the account changes, not for every setting', async () => {
    const { call } = await open()
    await call('updateSettings', { paidScreenSeconds: 9 })
    expect(countOf('pending_changed')).toBe(0)
    await call('setApiKey', { apiKey: 'sk_live_secret_1', storeUnencrypted: true })
    expect(countOf('pending_changed')).toBe(0)
    await call('updateSettings', { environment: 'production' })
    expect(countOf('pending_changed')).toBe(1)
    expect(countOf('summary_changed')).toBe(1)
  })

  it('pushes summary_changed for every sale journaled and when the local day turns', async () => {
    const { call } = await open(new Date(2026, 10, 30, 23, 58, 30).getTime())
    const charged = await call<LinkView>('charge', { amountCents: 600 })
    expect(charged.ok).toBe(true)
    // The sale is journaled as creating, then with its link.
    expect(countOf('summary_changed')).toBe(2)
    await clock.advance(30_000)
    expect(countOf('summary_changed')).toBe(2)
    await clock.advance(90_000)
    expect(countOf('summary_changed')).toBe(3)
  })

  it('settles the uncertain sale by itself and pushes each outcome: why still unknown, then settled', async () => {
    const { call, demo } = await open()
    // SecPaid makes the link, but its answer is lost and so is the look-up after it.
    demo.injectFaults('resetAfterProcessing', 1, 'createLink')
    demo.injectFaults('connectionReset', 1, 'getMyUnusedLinks')
    const charging = call('charge', { amountCents: 1900 })
    // The charge pauses on main's clock before looking up the lost answer.
    await until(async () => {
      await clock.advance(0)
      return demo.requestLog().some((request) => request.endpoint === 'getMyUnusedLinks')
    })
    const lost = await charging
    if (lost.ok || lost.error.code !== 'outcome_unknown') throw new Error('the charge was not left uncertain')
    const reference = lost.error.reference

    demo.injectFaults('connectionReset', 1, 'getMyUnusedLinks')
    await clock.advance(5_000)
    await until(() => countOf('uncertain_sale') === 1, { limitMs: 3000, stepMs: 5 })
    expect(opened.events.filter((event) => event.type === 'uncertain_sale')).toEqual([
      { type: 'uncertain_sale', reference, cause: { code: 'unreachable', reason: 'dropped' } }
    ])
    await clock.advance(5_000)
    await until(() => countOf('uncertain_sale') === 2, { limitMs: 3000, stepMs: 5 })
    expect(opened.events.filter((event) => event.type === 'uncertain_sale').at(-1)).toEqual({
      type: 'uncertain_sale',
      reference,
      cause: null
    })
    expect(await call('uncertainSale', {})).toEqual({ ok: true, value: null })
    // The renderer's resolveSale on the event is answered from the journal, without asking SecPaid again.
    const requests = demo.requestCount()
    expect(await call('resolveSale', { reference })).toMatchObject({ ok: true, value: { amountCents: 1900 } })
    expect(demo.requestCount()).toBe(requests)
    // Settled: no more checks.
    await clock.advance(60_000)
    await sleep(100)
    expect(countOf('uncertain_sale')).toBe(2)
  })
})
