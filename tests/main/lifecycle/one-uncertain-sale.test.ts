import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView, OpenSale } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

const createLinkRequests = (secpaid: TestSecPaid) =>
  secpaid.requestLog().filter((request) => request.endpoint === 'createLink')

describe('main allows one open uncertain sale: charges wait until it is settled, across restarts', () => {
  let folder: string
  let demo: TestSecPaid
  let backend: Backend

  /** Main starts (again) on the same settings and journal, as after a crash; the test SecPaid outlives it. */
  const startMain = async () => {
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        timeoutMs: 400,
        lookupDelayMs: 5,
        startDemoSecPaid: async () => ({ ...demo, close: async () => {} })
      }
    })
    await backend.reconcile()
  }
  const call = <T = LinkView>(channel: string, request: unknown = {}) =>
    dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-one-uncertain-'))
    demo = await startTestSecPaid()
    await startMain()
  })
  afterAll(async () => {
    await backend.close()
    await demo.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('refuses a new charge with the open sale, sends nothing, and keeps refusing after a restart until it is checked', async () => {
    // SecPaid makes the link, but its answer is lost and so is the look-up after it.
    demo.injectFaults('resetAfterProcessing', 1, 'createLink')
    demo.injectFaults('connectionReset', 1, 'getMyUnusedLinks')
    const lost = await call('charge', { amountCents: 1900 })
    if (lost.ok || lost.error.code !== 'outcome_unknown') throw new Error('the charge was not left uncertain')
    const open: OpenSale = { reference: lost.error.reference, amountCents: 1900 }

    expect(await call('charge', { amountCents: 500 })).toEqual({
      ok: false,
      error: { code: 'uncertain_sale_open', ...open }
    })
    expect(createLinkRequests(demo)).toHaveLength(1)
    expect(await call('uncertainSale')).toEqual({ ok: true, value: open })

    // Main restarts while SecPaid still cannot be asked: start-up cannot settle the sale either.
    await backend.close()
    demo.injectFaults('connectionReset', 1, 'getMyUnusedLinks')
    await startMain()
    expect(await call('uncertainSale')).toEqual({ ok: true, value: open })
    expect(await call('charge', { amountCents: 500 })).toEqual({
      ok: false,
      error: { code: 'uncertain_sale_open', ...open }
    })
    expect(createLinkRequests(demo)).toHaveLength(1)

    // Check again: the link SecPaid made is adopted, and charging goes on.
    const resolved = await call('resolveSale', { reference: open.reference })
    expect(resolved).toMatchObject({ ok: true, value: { linkId: demo.links()[0]!.id, amountCents: 1900 } })
    expect(await call('uncertainSale')).toEqual({ ok: true, value: null })
    expect(await call('charge', { amountCents: 500 })).toMatchObject({ ok: true, value: { amountCents: 500 } })
    expect(demo.links().map((link) => link.amountCents)).toEqual([1900, 500])
  })

  it('a sale whose charge is still on its way blocks a second charge too: two answers can never both be lost', async () => {
    demo.setResponseDelayAfterProcessing(200)
    const first = call('charge', { amountCents: 700 })
    const second = await call('charge', { amountCents: 800 })
    demo.setResponseDelayAfterProcessing(0)
    expect(second).toMatchObject({ ok: false, error: { code: 'uncertain_sale_open', amountCents: 700 } })
    expect(await first).toMatchObject({ ok: true, value: { amountCents: 700 } })
  })
})
