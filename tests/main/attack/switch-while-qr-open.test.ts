import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

/**
 * The owner (or a renderer that never closed the QR) switches Demo → Production with the key while a Demo sale's QR
 * is watched. Paid detection belongs to the environment the link was made in: nothing about the Demo link may be
 * asked of live SecPaid, and the customer display stops showing a Demo pay link.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a switch of environment with a QR on screen', () => {
  let folder: string
  let live: TestSecPaid
  let backend: Backend
  const awake = { on: false }
  const keepAwake = { start: () => (awake.on = true), stop: () => (awake.on = false) }
  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-switch-qr-'))
    live = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      keepAwake,
      testing: {
        baseUrlOverride: live.baseUrl,
        settleRoundMs: 50,
        lookupDelayMs: 10,
        watchIntervalMs: 50,
        requestBudget: null
      }
    })
    await backend.reconcile()
  })
  afterEach(async () => {
    await backend.close()
    await live.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('stops watching the Demo link, and live SecPaid hears nothing of it', async () => {
    const charged = (await call('charge', { amountCents: 700 })) as IpcResult<LinkView>
    if (!charged.ok) throw new Error('not charged')
    const demoLinkId = charged.value.linkId
    expect(await call('watchLink', { linkId: demoLinkId })).toMatchObject({ ok: true })
    expect(awake.on).toBe(true)

    expect((await call('updateSettings', { environment: 'production' })).ok).toBe(true)
    expect((await call('setApiKey', { apiKey: 'sk_live_valid', storeUnencrypted: true })).ok).toBe(true)
    // Many of the watcher's intervals: it would have polled live and, missing the Demo link, asked about it.
    await sleep(600)

    const mentionsDemoLink = live
      .requestLog()
      .filter((request) => JSON.stringify(request.body ?? '').includes(String(demoLinkId)))
    expect(mentionsDemoLink).toEqual([])
    expect(awake.on, 'the display may sleep again').toBe(false)
  })
})
