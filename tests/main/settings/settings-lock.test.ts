import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createSettingsLock } from '../../../src-main/settings/settings-lock'
import { hashPin, pinMatches } from '../../../src-main/settings/settings-pin'
import { plainCipher } from '../../support/plain-cipher'

describe('settings PIN', () => {
  it('is stored as a salted scrypt hash that matches only the right PIN', () => {
    const stored = hashPin('4711')
    expect(JSON.stringify(stored)).not.toContain('4711')
    expect(pinMatches('4711', stored)).toBe(true)
    expect(pinMatches('4712', stored)).toBe(false)
    expect(hashPin('4711').salt).not.toBe(stored.salt)
  })

  it('slows guessing down: after five wrong PINs every try waits 30 s, even with the right PIN', () => {
    let now = 0
    const lock = createSettingsLock({ storedPin: () => hashPin('2468'), now: () => now })
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect(lock.unlock('0000')).toEqual({ unlocked: false, reason: 'wrong_pin' })
    expect(lock.unlock('2468')).toEqual({ unlocked: false, reason: 'too_many_attempts', retryInSeconds: 30 })
    now += 30_000
    expect(lock.unlock('2468')).toEqual({ unlocked: true })
  })

  it('stays unlocked for five minutes, then asks again', () => {
    let now = 0
    const stored = hashPin('2468')
    const lock = createSettingsLock({ storedPin: () => stored, now: () => now })
    expect(lock.isUnlocked()).toBe(false)
    lock.unlock('2468')
    expect(lock.isUnlocked()).toBe(true)
    now += 5 * 60_000
    expect(lock.isUnlocked()).toBe(false)
  })

  it('is open when no PIN is set', () => {
    expect(createSettingsLock({ storedPin: () => null }).isUnlocked()).toBe(true)
  })
})

describe('settings behind a PIN, through the IPC handlers', () => {
  let folder: string
  let backend: Backend
  let quits = 0
  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-pin-'))
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      quitApp: () => (quits += 1)
    })
  })
  afterAll(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('once a PIN is set, settings, key, PIN and Quit are refused until unlocked; selling goes on', async () => {
    expect(await call('setSettingsPin', { pin: '1357' })).toMatchObject({ ok: true, value: { pinSet: true } })
    expect(await call('updateSettings', { deviceName: 'till-1' }), 'the owner who set it stays in').toMatchObject({
      ok: true
    })
    expect(readFileSync(join(folder, 'settings.json'), 'utf8')).not.toContain('1357')
    await call('lockSettings', {})
    const locked = {
      ok: false,
      error: { code: 'locked' }
    }
    expect(await call('updateSettings', { kioskMode: true })).toEqual(locked)
    expect(await call('setApiKey', { apiKey: 'sk_live_x' })).toEqual(locked)
    expect(await call('removeApiKey', {})).toEqual(locked)
    expect(await call('setSettingsPin', { pin: null })).toEqual(locked)
    expect(await call('quitApp', {})).toEqual(locked)
    expect(quits).toBe(0)
    expect(await call('charge', { amountCents: 100 })).toMatchObject({ ok: true })
    expect(await call('getSettings', {})).toMatchObject({ ok: true, value: { pinSet: true, kioskMode: false } })
  })

  it('the right PIN unlocks; kiosk mode and Quit then work; locking again closes it', async () => {
    expect(await call('unlockSettings', { pin: '0000' })).toEqual({
      ok: true,
      value: { unlocked: false, reason: 'wrong_pin' }
    })
    expect(await call('unlockSettings', { pin: '1357' })).toEqual({ ok: true, value: { unlocked: true } })
    expect(await call('updateSettings', { kioskMode: true })).toMatchObject({ ok: true, value: { kioskMode: true } })
    expect(await call('quitApp', {})).toEqual({ ok: true, value: {} })
    expect(quits).toBe(1)
    await call('lockSettings', {})
    expect(await call('updateSettings', { kioskMode: false })).toMatchObject({ ok: false, error: { code: 'locked' } })
  })

  it('refuses PINs that are not 4 to 6 digits', async () => {
    await call('unlockSettings', { pin: '1357' })
    for (const pin of ['123', '1234567', '123456789', 'abcd', '12 34', 1234]) {
      expect(await call('setSettingsPin', { pin })).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    }
  })
})
