import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { CounterEvent, LinkExpiryView, LinkView } from '../../../src-preload/contract'
import { journalRows } from '../../support/journal-rows'
import { type ManualClock, manualClock } from '../../support/manual-clock'
import { type RestartableTill, restartableTill, type TillRun } from '../../support/restartable-till'
import { until } from '../../support/wait'

const MINUTE = 60_000

let till: RestartableTill
let clock: ManualClock
let app: TillRun

beforeEach(async () => {
  till = await restartableTill()
  clock = manualClock()
  app = await till.start(clock)
})
afterEach(async () => {
  await till.close()
})

async function value<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await answer
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  return result.value
}

/** A sale whose QR was shown, then left the screen (so paid detection's polls stay out of the test's way). */
async function shownLink(amountCents = 450): Promise<LinkView> {
  const link = await value(app.call<LinkView>('charge', { amountCents }))
  expect((await app.call('watchLink', { linkId: link.linkId })).ok).toBe(true)
  expect((await app.call('unwatchLink', {})).ok).toBe(true)
  return link
}
const statusAtSecPaid = (linkId: number) => till.demo.links().find((link) => link.id === linkId)?.status ?? 'deleted'
const expired = (events: CounterEvent[]) => events.filter((event) => event.type === 'link_expired')
const stepsOf = (reference: string | null) =>
  journalRows(`${till.folder}/books.sqlite`)
    .map((row) => JSON.parse(row.line) as { type: string; reference: string })
    .filter((line) => line.reference === reference)
    .map((line) => line.type)
const expiryOf = (linkId: number) => value(app.call<LinkExpiryView>('linkExpiry', { linkId }))

describe('links that do not wait forever: main cancels an unpaid link shown on the QR screen after N minutes', () => {
  it('is off by default: a link shown waits as long as it takes', async () => {
    const link = await shownLink()
    expect(await expiryOf(link.linkId)).toEqual({
      linkId: link.linkId,
      expiresAt: null,
      msLeft: null,
      extendMinutes: 0
    })
    await clock.advance(120 * MINUTE)
    expect(statusAtSecPaid(link.linkId)).toBe('Unused')
  })

  it('cancels it at SecPaid when its time is up, after the cashier extended it once', async () => {
    expect((await app.call('updateSettings', { linkExpiry: { minutes: 5 } })).ok).toBe(true)
    const link = await shownLink()
    const shownAt = clock.now()
    expect(await expiryOf(link.linkId)).toEqual({
      linkId: link.linkId,
      expiresAt: new Date(shownAt + 5 * MINUTE).toISOString(),
      msLeft: 5 * MINUTE,
      extendMinutes: 5
    })
    expect(app.events).toContainEqual({
      type: 'link_expiry',
      linkId: link.linkId,
      expiresAt: new Date(shownAt + 5 * MINUTE).toISOString(),
      msLeft: 5 * MINUTE
    })

    await clock.advance(4 * MINUTE + 30_000)
    const extended = await value(app.call<LinkExpiryView>('extendLinkExpiry', { linkId: link.linkId }))
    expect(extended.expiresAt).toBe(new Date(clock.now() + 5 * MINUTE).toISOString())
    await clock.advance(4 * MINUTE)
    expect(statusAtSecPaid(link.linkId), 'extended: not cancelled at the old time').toBe('Unused')

    await clock.advance(2 * MINUTE)
    await until(() => expired(app.events).length > 0)
    expect(expired(app.events)).toEqual([
      { type: 'link_expired', linkId: link.linkId, reference: link.reference, outcome: 'cancelled' }
    ])
    expect(statusAtSecPaid(link.linkId)).toBe('deleted')
    expect(stepsOf(link.reference)).toEqual(['creating', 'created', 'cancelled'])
  })

  it('a link paid meanwhile stays paid: SecPaid refuses the delete and the sale is booked paid', async () => {
    expect((await app.call('updateSettings', { linkExpiry: { minutes: 5 } })).ok).toBe(true)
    const link = await shownLink()
    expect(till.demo.markPaid(link.linkId)).toBe(true)
    await clock.advance(6 * MINUTE)
    // Paid detection may learn it first (then nothing is left to cancel), or the cancel finds it paid: paid wins.
    await until(() => stepsOf(link.reference).includes('paid'))
    await clock.advance(MINUTE)
    expect(expired(app.events).filter((event) => event.type === 'link_expired' && event.outcome !== 'paid')).toEqual([])
    expect(statusAtSecPaid(link.linkId)).toBe('Used')
    expect(stepsOf(link.reference)).toEqual(['creating', 'created', 'paid'])
  })

  it('a cancel SecPaid cannot confirm leaves the link waiting and is tried again', async () => {
    expect((await app.call('updateSettings', { linkExpiry: { minutes: 5 } })).ok).toBe(true)
    const link = await shownLink()
    till.demo.injectFaults('connectionReset', 1, 'deleteLink')
    await clock.advance(5 * MINUTE)
    await until(() => expired(app.events).length > 0)
    expect(expired(app.events)[0]).toMatchObject({ outcome: 'not_confirmed' })
    expect(statusAtSecPaid(link.linkId)).toBe('Unused')
    await clock.advance(MINUTE)
    await until(() => expired(app.events).length > 1)
    expect(expired(app.events)[1]).toMatchObject({ outcome: 'cancelled' })
    expect(statusAtSecPaid(link.linkId)).toBe('deleted')
  })

  it('outlives a restart: an expiry due while the app was closed is cancelled safely at the next start', async () => {
    expect((await app.call('updateSettings', { linkExpiry: { minutes: 5 } })).ok).toBe(true)
    const link = await shownLink()
    const paidLink = await shownLink(300)
    expect(till.demo.markPaid(paidLink.linkId)).toBe(true)
    await app.quit()

    const later = manualClock(clock.now() + 30 * MINUTE)
    app = await till.start(later)
    await later.advance(0)
    // SecPaid deletes before it answers: main's event, after the answer, is what says the cancel is done.
    await until(
      () =>
        expired(app.events).some((event) => event.type === 'link_expired' && event.linkId === link.linkId) &&
        stepsOf(paidLink.reference).includes('paid')
    )
    expect(statusAtSecPaid(link.linkId)).toBe('deleted')
    expect(expired(app.events)).toContainEqual({
      type: 'link_expired',
      linkId: link.linkId,
      reference: link.reference,
      outcome: 'cancelled'
    })
    // The paid one is booked paid, by the cancel SecPaid refused or by paid detection at start: never cancelled.
    expect(stepsOf(paidLink.reference)).toEqual(['creating', 'created', 'paid'])
    expect(statusAtSecPaid(paidLink.linkId)).toBe('Used')
  })

  it('a time not yet up at a restart keeps running from where it was, not from the start', async () => {
    expect((await app.call('updateSettings', { linkExpiry: { minutes: 10 } })).ok).toBe(true)
    const link = await shownLink()
    const expiresAt = (await expiryOf(link.linkId)).expiresAt
    await app.quit()
    const later = manualClock(clock.now() + 4 * MINUTE)
    app = await till.start(later)
    expect(await expiryOf(link.linkId)).toMatchObject({ expiresAt, msLeft: 6 * MINUTE })
    // Shown again after the restart: the same time, not ten minutes from now.
    expect((await app.call('watchLink', { linkId: link.linkId })).ok).toBe(true)
    expect((await app.call('unwatchLink', {})).ok).toBe(true)
    expect(await expiryOf(link.linkId)).toMatchObject({ expiresAt })
    await later.advance(6 * MINUTE + 1000)
    await until(() => expired(app.events).length > 0)
    expect(statusAtSecPaid(link.linkId)).toBe('deleted')
  })

  it('extending a link that does not expire is refused with its reason', async () => {
    const link = await shownLink()
    expect(await app.call('extendLinkExpiry', { linkId: link.linkId })).toEqual({
      ok: false,
      error: { code: 'link_not_expiring', linkId: link.linkId }
    })
  })

  it('offers 0 (never) or 5–60 minutes, nothing else', async () => {
    for (const minutes of [1, 4, 61, 2.5, -5]) {
      expect(await app.call('updateSettings', { linkExpiry: { minutes } }), String(minutes)).toMatchObject({
        ok: false
      })
    }
    for (const minutes of [0, 5, 60]) {
      expect(await app.call('updateSettings', { linkExpiry: { minutes } })).toMatchObject({ ok: true })
    }
  })
})
