import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { Environment, IpcResult, LinkView } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { until } from '../../support/wait'

/**
 * Production and Development are two SecPaids that number their links alike: the same link id names a sale in each.
 * A look-up started in Development that answers after the owner switched to Production must book the Development
 * sale it asked about, never the Production sale that happens to have the same link id.
 */
describe('an outcome learned after a switch of environment', () => {
  let folder: string
  let production: TestSecPaid
  let development: TestSecPaid
  let backend: Backend
  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)
  const switchTo = async (environment: Environment) => {
    expect((await call('updateSettings', { environment })).ok).toBe(true)
  }
  const charge = async (amountCents: number) => {
    const result = (await call('charge', { amountCents })) as IpcResult<LinkView>
    if (!result.ok || result.value.reference === null) throw new Error('not charged')
    return { linkId: result.value.linkId, reference: result.value.reference }
  }
  const statusOf = async (reference: string) => {
    const answer = (await call('saleDetail', { reference })) as IpcResult<{ sale: { status: string } }>
    return answer.ok ? answer.value.sale.status : answer.error.code
  }

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-outcome-switch-'))
    production = await startTestSecPaid({ apiKeys: ['sk_valid'] })
    development = await startTestSecPaid({ apiKeys: ['sk_valid'] })
    // Each environment's requests reach its own SecPaid, as the real base URLs do; chosen when the request is sent.
    const routed: typeof fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input)
      const target = backend.settings.getStored().environment === 'development' ? development : production
      return fetch(url.replace(production.baseUrl, target.baseUrl), init)
    }
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch: routed,
      testing: {
        baseUrlOverride: production.baseUrl,
        requestBudget: null,
        lookupDelayMs: 10,
        settleRoundMs: 50
      }
    })
    await backend.reconcile()
    await switchTo('production')
    expect((await call('setApiKey', { apiKey: 'sk_valid', storeUnencrypted: true })).ok).toBe(true)
  })
  afterEach(async () => {
    await backend.close()
    await production.close()
    await development.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('a settler round in Development answering after the switch books the Development sale, not Production’s', async () => {
    const unpaidLive = await charge(1000)
    await switchTo('development')
    development.setLatency(400)
    const paidDev = await charge(500)
    expect(paidDev.linkId, 'both SecPaids gave the same id').toBe(unpaidLive.linkId)
    expect(development.markPaid(paidDev.linkId)).toBe(true)
    // The sale left the screen: the settler looks it up within its next rounds, each request 0.4 s on its way.
    await call('watchLink', { linkId: paidDev.linkId })
    await call('unwatchLink', {})
    await until(() => development.requestLog().some((request) => request.endpoint === 'getMyUsedLinks'), {
      limitMs: 5000
    })
    await switchTo('production')
    await new Promise((resolve) => setTimeout(resolve, 1000))

    expect(await statusOf(unpaidLive.reference), 'the unpaid live sale').toBe('waiting')
    await switchTo('development')
    await until(async () => (await statusOf(paidDev.reference)) === 'paid', { limitMs: 5000 })
  })

  it('"Check now" in Development answering after the switch books the Development sale, not Production’s', async () => {
    const unpaidLive = await charge(1000)
    await switchTo('development')
    const paidDev = await charge(500)
    expect(paidDev.linkId, 'both SecPaids gave the same id').toBe(unpaidLive.linkId)
    expect(development.markPaid(paidDev.linkId)).toBe(true)

    development.setLatency(300)
    const checking = call('checkNow', { reference: paidDev.reference })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await switchTo('production')
    expect(await checking).toMatchObject({ ok: true, value: { state: 'paid' } })

    expect(await statusOf(unpaidLive.reference), 'the unpaid live sale').toBe('waiting')
    await switchTo('development')
    expect(await statusOf(paidDev.reference), 'the Development sale SecPaid confirmed').toBe('paid')
  })
})
