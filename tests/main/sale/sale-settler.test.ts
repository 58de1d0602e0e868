import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { localDay } from '../../../src-main/books/local-day'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createLinkStore, type LinkStore } from '../../../src-main/simulator/link-store'
import { DEFAULT_API_KEYS } from '../../../src-main/simulator/state'
import type { CounterEvent, IpcResult, LinkView, SalesRow, TodaySummary } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { sleep, until } from '../../support/wait'

describe('every sale settles, even after its QR screen is gone', () => {
  let folder: string
  let demo: TestSecPaid
  let backend: Backend
  let events: CounterEvent[]
  let demoLinks: LinkStore

  const open = async () => {
    const opened = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        // Started anew each time the counter starts in Demo; the links outlive it, as the built-in one's do.
        startDemoSecPaid: async () => (demo = await startTestSecPaid({ links: demoLinks })),
        settleRoundMs: 50,
        // Twenty charges in a row, faster than any cashier: the request budget has tests of its own.
        requestBudget: null
      }
    })
    opened.events.subscribe((event) => events.push(event))
    await opened.reconcile()
    return opened
  }
  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)
  const charge = async (amountCents: number, note?: string) => {
    const result = (await call('charge', note ? { amountCents, note } : { amountCents })) as IpcResult<LinkView>
    if (!result.ok) throw new Error(result.error.code)
    return result.value
  }
  const statusOf = (reference: string | null) => openSaleJournal(join(folder, 'books.sqlite')).get(reference ?? '')

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-settler-'))
    demoLinks = createLinkStore(DEFAULT_API_KEYS, () => new Date())
    events = []
    backend = await open()
  })
  afterEach(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('charge 6.00 €, back to the keypad, the customer pays: journaled paid, told the renderer, counted in the totals', async () => {
    const sale = await charge(600, 'table 4')
    await call('watchLink', { linkId: sale.linkId })
    await call('unwatchLink', {})
    demo.markPaid(sale.linkId)
    await until(() => statusOf(sale.reference)?.status === 'paid', { limitMs: 4000 })
    expect(events).toContainEqual({
      type: 'sale_settled',
      sale: { reference: sale.reference, linkId: sale.linkId, amountCents: 600, note: 'table 4', status: 'paid' }
    })
    const today = (await call('todaySummary', {})) as IpcResult<TodaySummary>
    expect(today).toMatchObject({ ok: true, value: { paidCount: 1, paidCents: 600, pendingCount: 0 } })
    const day = localDay(new Date())
    const rows = (await call('salesRows', { from: day, to: day })) as IpcResult<{ rows: SalesRow[] }>
    const row = rows.ok ? rows.value.rows.find((line) => line.reference === sale.reference) : undefined
    expect(row).toMatchObject({ status: 'paid', note: 'table 4', amountCents: 600, linkId: sale.linkId, failure: null })
  })

  it('settles after a restart too: a sale paid while the counter was closed is paid once it is back', async () => {
    const sale = await charge(1250)
    await backend.close()
    expect(demoLinks.markPaid(sale.linkId, new Date())).toBe(true)
    backend = await open()
    await until(() => statusOf(sale.reference)?.status === 'paid', { limitMs: 4000 })
  })

  it('a link deleted elsewhere is recorded gone, never paid', async () => {
    const sale = await charge(700)
    const deleted = await fetch(`${demo.baseUrl}deleteLink`, {
      method: 'POST',
      headers: { token: 'demo-key', 'Content-Type': 'application/json' },
      body: JSON.stringify({ link_id: sale.linkId })
    })
    expect(deleted.ok).toBe(true)
    await until(() => statusOf(sale.reference)?.status === 'cancelled', { limitMs: 4000 })
    expect(events.filter((event) => event.type === 'sale_settled')).toEqual([
      { type: 'sale_settled', sale: expect.objectContaining({ linkId: sale.linkId, status: 'cancelled' }) }
    ])
  })

  it('leaves the link on screen to paid detection and settles the others', async () => {
    const onScreen = await charge(100)
    const earlier = await charge(200)
    await call('watchLink', { linkId: onScreen.linkId })
    demo.markPaid(earlier.linkId)
    await until(() => statusOf(earlier.reference)?.status === 'paid', { limitMs: 4000 })
    expect(statusOf(onScreen.reference)?.status).toBe('created')
    await call('unwatchLink', {})
  })

  it('asks nothing of SecPaid while no sale is open', async () => {
    await sleep(300)
    expect(demo.requestCount()).toBe(0)
  })

  it('checks waiting sales from the shared list: 20 open sales cost about one request a round, not twenty', async () => {
    for (let sale = 0; sale < 20; sale += 1) await charge(100 + sale)
    demo.resetCounts()
    await sleep(520)
    const endpoints = demo.requestLog().map((request) => request.endpoint)
    expect(endpoints.every((endpoint) => endpoint === 'getMyUnusedLinks')).toBe(true)
    expect(endpoints.length).toBeLessThanOrEqual(12)
  })
})
