import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { LinkView, StaleCancelResult, StaleLink } from '../../../src-preload/contract'
import { journalRows } from '../../support/journal-rows'
import { manualClock } from '../../support/manual-clock'
import { type RestartableTill, restartableTill, type TillRun } from '../../support/restartable-till'

const HOUR = 3_600_000
const PIN = '246810'

let till: RestartableTill
let app: TillRun

beforeEach(async () => {
  till = await restartableTill()
})
afterEach(async () => {
  await till.close()
})

async function value<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await answer
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  return result.value
}
const charge = (amountCents: number) => value(app.call<LinkView>('charge', { amountCents }))
const statusAtSecPaid = (linkId: number) => till.demo.links().find((link) => link.id === linkId)?.status ?? 'deleted'
const stepsOf = (reference: string | null) =>
  journalRows(`${till.folder}/books.sqlite`)
    .map((row) => JSON.parse(row.line) as { type: string; reference: string })
    .filter((line) => line.reference === reference)
    .map((line) => line.type)

describe('the day close lists links still waiting after a day, and cancels them all safely in one action', () => {
  it('lists only links older than a day; cancels them behind the PIN, a link paid meanwhile stays paid', async () => {
    const start = Date.UTC(2026, 11, 1, 9)
    app = await till.start(manualClock(start))
    const old = await charge(450)
    const oldPaid = await charge(300)
    await app.quit()

    app = await till.start(manualClock(start + 25 * HOUR))
    const fresh = await charge(200)
    const { links } = await value(app.call<{ links: StaleLink[] }>('staleLinks', {}))
    expect(links.map((link) => link.reference)).toEqual([old.reference, oldPaid.reference])
    expect(links[0]).toEqual({
      reference: old.reference,
      linkId: old.linkId,
      amountCents: 450,
      createdAt: new Date(start).toISOString()
    })

    expect((await app.call('setSettingsPin', { pin: PIN })).ok).toBe(true)
    expect(till.demo.markPaid(oldPaid.linkId)).toBe(true)
    expect(await app.call('cancelStaleLinks', {})).toEqual({ ok: false, error: { code: 'owner_pin_required' } })
    expect(await app.call('cancelStaleLinks', { pin: '999999' })).toEqual({
      ok: false,
      error: { code: 'owner_pin_wrong', retryInSeconds: null }
    })
    expect(statusAtSecPaid(old.linkId), 'nothing cancelled without the PIN').toBe('Unused')

    const result = await value(app.call<StaleCancelResult>('cancelStaleLinks', { pin: PIN }))
    expect(result.cancelled).toBe(1)
    expect(result.failed).toBe(0)
    expect(statusAtSecPaid(old.linkId)).toBe('deleted')
    expect(statusAtSecPaid(oldPaid.linkId)).toBe('Used')
    expect(statusAtSecPaid(fresh.linkId), 'a link of today is left alone').toBe('Unused')
    expect(stepsOf(old.reference)).toEqual(['creating', 'created', 'cancelled'])
    expect(stepsOf(oldPaid.reference)).toEqual(['creating', 'created', 'paid'])
    expect(await value(app.call<{ links: StaleLink[] }>('staleLinks', {}))).toEqual({ links: [] })
  })

  it('without a PIN set, the owner cancels them without one', async () => {
    const start = Date.UTC(2026, 11, 1, 9)
    app = await till.start(manualClock(start))
    const old = await charge(450)
    await app.quit()
    app = await till.start(manualClock(start + 48 * HOUR))
    expect(await app.call('cancelStaleLinks', {})).toEqual({ ok: true, value: { cancelled: 1, paid: 0, failed: 0 } })
    expect(statusAtSecPaid(old.linkId)).toBe('deleted')
  })
})
