import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createLinkStore } from '../../../src-main/simulator/link-store'
import { DEFAULT_API_KEYS } from '../../../src-main/simulator/state'
import type { Environment, IpcResult, LinkView, TodaySummary } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { sleep, until } from '../../support/wait'

describe('a sale belongs to the environment its link lives in', () => {
  let folder: string
  let live: TestSecPaid
  let demo: TestSecPaid
  let backend: Backend

  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)
  const switchTo = async (environment: Environment) => {
    expect((await call('updateSettings', { environment })).ok).toBe(true)
  }
  const charge = async (amountCents: number) => {
    const result = (await call('charge', { amountCents })) as IpcResult<LinkView>
    if (!result.ok) throw new Error(result.error.code)
    return result.value
  }
  const today = async () => {
    const result = (await call('todaySummary', {})) as IpcResult<TodaySummary>
    if (!result.ok) throw new Error(result.error.code)
    return result.value
  }
  const statusOf = (reference: string | null) =>
    openSaleJournal(join(folder, 'books.sqlite')).get(reference ?? '')?.status

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-environments-'))
    live = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
    const demoLinks = createLinkStore(DEFAULT_API_KEYS, () => new Date())
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        baseUrlOverride: live.baseUrl,
        startDemoSecPaid: async () => (demo = await startTestSecPaid({ links: demoLinks })),
        settleRoundMs: 50,
        lookupDelayMs: 10,
        watchIntervalMs: 50
      }
    })
    await backend.reconcile()
    expect((await call('setApiKey', { apiKey: 'sk_live_valid', storeUnencrypted: true })).ok).toBe(true)
  })
  afterEach(async () => {
    await backend.close()
    await live.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('a live sale left open while the owner tries Demo is not settled against Demo, and is paid once back live', async () => {
    await switchTo('production')
    const liveSale = await charge(600)
    await switchTo('demo')
    const demoSale = await charge(250)
    // Demo's simulator and SecPaid number their links alike: the same id names two different links.
    expect(demoSale.linkId).toBe(liveSale.linkId)

    demo.markPaid(demoSale.linkId)
    await until(() => statusOf(demoSale.reference) === 'paid', { limitMs: 4000 })
    await sleep(400) // several settle rounds in Demo, where the live link does not exist
    expect(statusOf(liveSale.reference)).toBe('created')
    expect(await today()).toMatchObject({ paidCount: 1, paidCents: 250, pendingCount: 0 })

    await switchTo('production')
    expect(await today()).toMatchObject({ paidCount: 0, pendingCount: 1, pendingCents: 600 })
    live.markPaid(liveSale.linkId)
    await until(() => statusOf(liveSale.reference) === 'paid', { limitMs: 4000 })
    expect(await today()).toMatchObject({ paidCount: 1, paidCents: 600, pendingCount: 0 })
  })

  it('a live payment marks the live sale paid, never the later Demo sale with the same link id', async () => {
    await switchTo('production')
    const liveSale = await charge(900)
    await switchTo('demo')
    const demoSale = await charge(250)
    expect(demoSale.linkId).toBe(liveSale.linkId)
    await switchTo('production')
    live.markPaid(liveSale.linkId)
    await until(() => statusOf(liveSale.reference) === 'paid', { limitMs: 4000 })
    expect(statusOf(demoSale.reference)).toBe('created')
  })

  it('a sale whose answer was lost in Demo cannot be settled live, where it would make a real link', async () => {
    await switchTo('demo')
    demo.injectFaults('resetAfterProcessing', 1, 'createLink')
    demo.injectFaults('connectionReset', 20)
    const lost = await call('charge', { amountCents: 700 })
    expect(lost).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } })
    await switchTo('production')
    const reference = lost.ok ? '' : (lost.error as { reference: string }).reference
    expect(await call('resolveSale', { reference })).toMatchObject({
      ok: false,
      error: { code: 'sale_in_other_environment', reference, environment: 'demo' }
    })
    expect(live.links()).toEqual([])
    expect((await call('charge', { amountCents: 100 })).ok).toBe(true)
  })
})
