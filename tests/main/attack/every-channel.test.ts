import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { type Channel, CHANNEL_NAMES, channels } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { VALID_PIN as PIN, VALID_REQUESTS } from '../../support/valid-requests'

/**
 * The lock screen's needs: the only channels main answers while the counter is locked with "lock everything", as the
 * contract marks them (tests/main/contract/channel-access.test.ts pins which they are).
 */
const LOCK_SCREEN: Channel[] = CHANNEL_NAMES.filter((channel) => channels[channel].access === 'lock_screen')

let folder: string
let secpaid: TestSecPaid
let backend: Backend
const call = (channel: Channel) => dispatchCounterCall(backend.handlers, channel, VALID_REQUESTS[channel])

async function open(): Promise<void> {
  folder = mkdtempSync(join(tmpdir(), 'counter-every-channel-'))
  secpaid = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
  backend = await createBackend({
    storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
    booksPath: join(folder, 'books.sqlite'),
    cipher: plainCipher,
    fetch,
    testing: {
      baseUrlOverride: secpaid.baseUrl,
      startDemoSecPaid: async () => secpaid,
      requestBudget: null,
      settleRoundMs: 50,
      timeoutMs: 500
    }
  })
  opened = true
  await backend.reconcile()
}
let opened = false
afterEach(async () => {
  if (!opened) return
  opened = false
  await backend.close()
  await secpaid.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('every channel of the contract', () => {
  it('the table walks every channel main registers', () => {
    expect(Object.keys(VALID_REQUESTS).sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('locked with "lock everything", answers only the lock screen, whatever channel comes', async () => {
    await open()
    expect((await dispatchCounterCall(backend.handlers, 'setSettingsPin', { pin: PIN })).ok).toBe(true)
    expect((await dispatchCounterCall(backend.handlers, 'updateSettings', { autoLockMinutes: 5 })).ok).toBe(true)
    await dispatchCounterCall(backend.handlers, 'lockCounter', {})
    secpaid.resetCounts()
    for (const channel of CHANNEL_NAMES) {
      if (LOCK_SCREEN.includes(channel)) continue
      expect(await call(channel), channel).toEqual({ ok: false, error: { code: 'counter_locked' } })
    }
    expect(await dispatchCounterCall(backend.handlers, 'lockStatus', {})).toEqual({
      ok: true,
      value: { counterLocked: true }
    })
    expect(secpaid.requestLog(), 'nothing reached SecPaid').toEqual([])
  })

  it('Production with no key: no channel sends anything to SecPaid, and no Demo runs', async () => {
    await open()
    expect((await dispatchCounterCall(backend.handlers, 'updateSettings', { environment: 'production' })).ok).toBe(true)
    expect(backend.demoSecPaid()).toBeNull()
    secpaid.resetCounts()
    for (const channel of CHANNEL_NAMES) {
      // Storing a key is how the owner leaves "no key"; quitting ends the walk.
      if (channel === 'setApiKey' || channel === 'quitApp') continue
      const answer = await call(channel)
      if (!answer.ok && ['charge', 'listPending', 'testConnection', 'dayClose'].includes(channel)) {
        expect(answer.error.code, channel).toBe('no_key')
      }
      expect(answer.ok && channel === 'simulatePayment', channel).toBe(false)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(secpaid.requestLog(), 'nothing reached SecPaid').toEqual([])
    expect(backend.demoSecPaid()).toBeNull()
  })
})
