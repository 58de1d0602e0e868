import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { CounterEvent, LinkView } from '../../../src-preload/contract'
import { parseCounterEvent } from '../../../src-preload/contract/counter-event-schema'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { journalText } from '../../support/journal-rows'
import type { TestSecPaid } from '../../support/test-secpaid'
import { until } from '../../support/wait'

describe('main pushes what it learns as events, each one valid by the contract’s schema', () => {
  let opened: DemoBackend
  let events: CounterEvent[]
  let demo: TestSecPaid

  const call = (channel: string, request: unknown) => opened.call(channel, request)
  const charge = async (amountCents: number, note?: string) => {
    const result = await opened.call<LinkView>('charge', note === undefined ? { amountCents } : { amountCents, note })
    if (!result.ok) throw new Error(result.error.code)
    return result.value
  }

  beforeEach(async () => {
    opened = await openDemoBackend({ testing: { watchIntervalMs: 40 } })
    ;({ demo, events } = opened)
  })
  afterEach(async () => {
    await opened.close()
    for (const event of events) expect(parseCounterEvent(event), JSON.stringify(event)).toEqual(event)
  })

  it('tells the link paid and the sale settled, with its reference, note and amount, once paid detection confirms', async () => {
    const sale = await charge(600, 'table 4')
    await call('watchLink', { linkId: sale.linkId })
    demo.markPaid(sale.linkId)
    await until(() => events.some((event) => event.type === 'sale_settled'), { limitMs: 3000, stepMs: 10 })
    expect(events).toContainEqual({ type: 'link_status', linkId: sale.linkId, state: 'paid' })
    expect(events).toContainEqual({
      type: 'sale_settled',
      sale: { reference: sale.reference, linkId: sale.linkId, amountCents: 600, note: 'table 4', status: 'paid' }
    })
    expect(events.filter((event) => event.type === 'sale_settled')).toHaveLength(1)
  })

  it('says a link deleted elsewhere cancelled, the word its journal line says, and the sale settled so', async () => {
    const sale = await charge(700)
    await call('watchLink', { linkId: sale.linkId })
    // Deleted behind the counter's back, e.g. in SecPaid's dashboard.
    const deleted = await fetch(`${demo.baseUrl}deleteLink`, {
      method: 'POST',
      headers: { token: 'demo-key', 'Content-Type': 'application/json' },
      body: JSON.stringify({ link_id: sale.linkId })
    })
    expect(deleted.status).toBe(200)
    await until(() => events.some((event) => event.type === 'link_status'), { limitMs: 3000, stepMs: 10 })
    expect(events).toContainEqual({ type: 'link_status', linkId: sale.linkId, state: 'cancelled' })
    expect(events).toContainEqual({
      type: 'sale_settled',
      sale: expect.objectContaining({ linkId: sale.linkId, status: 'cancelled' })
    })
  })

  it('tells no settlement of the cashier’s own cancel: the renderer has no sale to announce', async () => {
    const sale = await charge(800)
    await call('watchLink', { linkId: sale.linkId })
    expect(await call('cancelSale', { linkId: sale.linkId })).toEqual({ ok: true, value: { linkId: sale.linkId } })
    await call('unwatchLink', {})
    const types = JSON.parse(journalText(opened.booksPath).trim().split('\n').at(-1)!) as { type: string }
    expect(types.type).toBe('cancelled')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(events.filter((event) => event.type === 'sale_settled')).toEqual([])
  })

  it('tells the new settings after every change, without the key', async () => {
    await call('updateSettings', { paidScreenSeconds: 9 })
    await call('setApiKey', { apiKey: 'sk_live_secret_1', storeUnencrypted: true })
    const changes = events.filter((event) => event.type === 'settings_changed')
    expect(changes.map((event) => event.settings.paidScreenSeconds)).toEqual([9, 9])
    expect(changes.map((event) => event.settings.hasKey)).toEqual([false, true])
    expect(JSON.stringify(events)).not.toContain('sk_live_secret_1')
  })

  it('tells when SecPaid stops answering and when it answers again, once each, with what failed', async () => {
    demo.injectFaults('connectionReset', 2)
    await call('testConnection', {})
    await call('listPending', { search: 'x' })
    const dropped = {
      type: 'connection',
      online: false,
      problem: { kind: 'secpaid_unreachable', reason: 'dropped' },
      lastAnswerAt: null
    }
    expect(events.filter((event) => event.type === 'connection')).toEqual([dropped])
    const before = Date.now()
    await call('testConnection', {})
    await call('testConnection', {})
    const told = events.filter((event) => event.type === 'connection')
    expect(told).toEqual([
      dropped,
      { type: 'connection', online: true, problem: null, lastAnswerAt: expect.any(String) }
    ])
    const answeredAt = Date.parse(told[1]?.type === 'connection' ? (told[1].lastAnswerAt ?? '') : '')
    expect(answeredAt).toBeGreaterThanOrEqual(before - 1000)
    expect(answeredAt).toBeLessThanOrEqual(Date.now())
  })

  it('tells a server error with SecPaid reached and the last good answer’s time, then its end', async () => {
    await call('testConnection', {})
    demo.injectFaults('http500', 1)
    await call('testConnection', {})
    await call('testConnection', {})
    const told = events.filter((event) => event.type === 'connection')
    const lastGood = told[0]?.type === 'connection' ? told[0].lastAnswerAt : null
    expect(lastGood).toEqual(expect.any(String))
    expect(told).toEqual([
      { type: 'connection', online: true, problem: { kind: 'server_error', httpStatus: 500 }, lastAnswerAt: lastGood },
      { type: 'connection', online: true, problem: null, lastAnswerAt: expect.any(String) }
    ])
  })
})
