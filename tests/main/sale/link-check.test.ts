import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { SaleRecord } from '../../../src-main/journal/sale-record'
import { CHECK_NOW_INTERVAL_MS, createLinkCheck } from '../../../src-main/sale/link-check'
import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { CounterEvent, LinkCheckAnswer, LinkView } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

const REFERENCE = 'POS-counter1-20261127-7'

describe('Check now: one look-up of a link, at most one per link and interval', () => {
  let secpaid: TestSecPaid
  let clock: number
  let settled: [number, string][]
  let sale: SaleRecord

  const linkCheck = () =>
    createLinkCheck({
      getClient: () => createSecPaidClient({ baseUrl: secpaid.baseUrl, getApiKey: () => 'demo-key', fetch }),
      saleOf: (reference) => (reference === sale.reference ? sale : undefined),
      onSettled: (linkId, state) => settled.push([linkId, state]),
      now: () => clock
    })

  beforeAll(async () => {
    secpaid = await startTestSecPaid()
  })
  afterAll(async () => {
    await secpaid.close()
  })
  beforeEach(async () => {
    secpaid.reset()
    clock = Date.parse('2026-11-27T10:00:00Z')
    settled = []
    const client = createSecPaidClient({ baseUrl: secpaid.baseUrl, getApiKey: () => 'demo-key', fetch })
    const created = await client.createLink({ amountCents: 1250, recipientNote: REFERENCE })
    if (!created.ok) throw new Error(created.error.kind)
    sale = {
      reference: REFERENCE,
      amountCents: 1250,
      note: '',
      status: 'created',
      linkId: created.value.id,
      payLink: created.value.payLink,
      vat: null,
      qrImg: null,
      failure: null,
      history: [],
      environment: null,
      items: [],
      tipCents: 0
    }
    secpaid.resetCounts()
  })

  it('answers pending for a link not paid yet, and taps within the interval cost no further request', async () => {
    const check = linkCheck()
    const [first, second] = await Promise.all([check.check(REFERENCE), check.check(REFERENCE)])
    expect(first).toEqual({ ok: true, value: { state: 'waiting', checkedAt: '2026-11-27T10:00:00.000Z' } })
    expect(second).toEqual(first)
    const afterFirst = secpaid.requestCount()
    expect(afterFirst).toBeGreaterThan(0)
    clock += CHECK_NOW_INTERVAL_MS - 1
    expect(await check.check(REFERENCE)).toEqual(first)
    expect(secpaid.requestCount()).toBe(afterFirst)
    expect(settled).toEqual([])
  })

  it('after the interval asks SecPaid again, and a paid link is answered paid and recorded through onSettled', async () => {
    const check = linkCheck()
    await check.check(REFERENCE)
    secpaid.markPaid(sale.linkId!)
    clock += CHECK_NOW_INTERVAL_MS
    const before = secpaid.requestCount()
    expect(await check.check(REFERENCE)).toEqual({
      ok: true,
      value: { state: 'paid', checkedAt: new Date(clock).toISOString() }
    })
    expect(secpaid.requestCount()).toBeGreaterThan(before)
    expect(settled).toEqual([[sale.linkId, 'paid']])
  })

  it('says rate_limited with SecPaid’s wait when SecPaid answers 429, and no sale is settled', async () => {
    secpaid.injectFaults('http429RetryAfter')
    const answer = await linkCheck().check(REFERENCE)
    expect(answer).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
    expect(settled).toEqual([])
  })

  it('answers what the journal already knows without asking, and no_such_sale for a reference it does not know', async () => {
    const check = linkCheck()
    sale = { ...sale, status: 'paid' }
    expect(await check.check(REFERENCE)).toMatchObject({ ok: true, value: { state: 'paid' } })
    expect(await check.check('POS-counter1-20261127-99')).toEqual({
      ok: false,
      error: { code: 'no_such_sale', reference: 'POS-counter1-20261127-99' }
    })
    expect(secpaid.requestCount()).toBe(0)
  })
})

describe('checkNow through the real handlers', () => {
  let opened: DemoBackend
  let demo: TestSecPaid
  let events: CounterEvent[]
  const call = <T>(channel: string, request: unknown) => opened.call<T>(channel, request)

  beforeEach(async () => {
    // Paid detection must not find the payment first: only Check now may.
    opened = await openDemoBackend({ testing: { watchIntervalMs: 60_000 } })
    ;({ demo, events } = opened)
  })
  afterEach(async () => {
    await opened.close()
  })

  it('a paid link found by Check now is told as paid and settled, like paid detection would', async () => {
    const sale = await call<LinkView>('charge', { amountCents: 990 })
    if (!sale.ok) throw new Error(sale.error.code)
    await call('watchLink', { linkId: sale.value.linkId })
    demo.markPaid(sale.value.linkId)
    expect(await call<LinkCheckAnswer>('checkNow', { reference: sale.value.reference })).toMatchObject({
      ok: true,
      value: { state: 'paid' }
    })
    expect(events).toContainEqual({ type: 'link_status', linkId: sale.value.linkId, state: 'paid' })
    expect(events).toContainEqual({
      type: 'sale_settled',
      sale: expect.objectContaining({ linkId: sale.value.linkId, status: 'paid' })
    })
    // The journal now knows: another tap asks SecPaid nothing and says nothing twice.
    const requests = demo.requestCount()
    expect(await call<LinkCheckAnswer>('checkNow', { reference: sale.value.reference })).toMatchObject({
      value: { state: 'paid' }
    })
    expect(demo.requestCount()).toBe(requests)
    expect(events.filter((event) => event.type === 'sale_settled')).toHaveLength(1)
    await call('unwatchLink', {})
  })

  it('refuses a request without a usable reference', async () => {
    expect(await call('checkNow', {})).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    expect(await call('checkNow', { reference: 'a\u0000b' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', field: 'reference' }
    })
  })
})
