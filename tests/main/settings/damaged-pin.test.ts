import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { migrateSettings } from '../../../src-main/settings/migrate-settings'
import { hashPin } from '../../../src-main/settings/settings-pin'
import type { Channel } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'

const valid = hashPin('2468')
const base64 = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64')

/** Stored PINs no check can ever match: each would lock the owner out for good. */
const DAMAGED: readonly [why: string, settingsPin: unknown][] = [
  ['a hash that is not base64', { ...valid, hash: '%%%not base64%%%' }],
  ['a hash of the wrong length', { ...valid, hash: base64(16) }],
  ['a hash cut short', { ...valid, hash: valid.hash.slice(0, 20) }],
  ['an empty hash', { ...valid, hash: '' }],
  ['a salt that is not base64', { ...valid, salt: 'salt with spaces!' }],
  ['a salt cut short', { ...valid, salt: base64(4) }],
  ['no salt', { hash: valid.hash }],
  ['no hash', { salt: valid.salt }],
  ['a salt that is a number', { ...valid, salt: 1234 }],
  ['the PIN itself instead of a hash', '2468'],
  ['an unknown field beside them', { ...valid, algorithm: 'md5' }]
]

describe('a stored PIN that cannot be checked is removed at start, with a note of its own', () => {
  it.each(DAMAGED)('%s', (_why, settingsPin) => {
    const { settings, repaired } = migrateSettings({ deviceName: 'till-1', settingsPin })
    expect(settings.settingsPin).toBeNull()
    expect(repaired).toEqual([{ code: 'pin_removed' }])
  })

  it('keeps a valid PIN, and none, without a note', () => {
    expect(migrateSettings({ settingsPin: valid })).toMatchObject({ settings: { settingsPin: valid }, repaired: [] })
    expect(migrateSettings({ settingsPin: null })).toMatchObject({ settings: { settingsPin: null }, repaired: [] })
  })
})

describe('the owner is told and not locked out (the real backend on a real settings file)', () => {
  let folder: string
  let backend: Backend
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-damaged-pin-'))
  })
  afterEach(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  const settingsFile = () => join(folder, 'settings.json')
  const start = async (settingsPin: unknown) => {
    writeFileSync(settingsFile(), JSON.stringify({ deviceName: 'till-1', kioskMode: true, settingsPin }))
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(settingsFile()),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch
    })
  }
  const call = (channel: Channel, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)

  it('a damaged PIN: settings open without it, the note says why, and the removal is saved', async () => {
    await start({ ...valid, hash: base64(16) })
    expect(await call('getSettings', {})).toMatchObject({
      ok: true,
      value: { pinSet: false, kioskMode: true, deviceName: 'till-1', repairedAtStart: [{ code: 'pin_removed' }] }
    })
    expect(await call('updateSettings', { deviceName: 'till-2' })).toMatchObject({ ok: true })
    expect(await call('setSettingsPin', { pin: '1357' })).toMatchObject({ ok: true, value: { pinSet: true } })
    expect((JSON.parse(readFileSync(settingsFile(), 'utf8')) as { settingsPin: unknown }).settingsPin).not.toBeNull()
  })

  it('a valid PIN stays: settings stay locked until it is given', async () => {
    await start(valid)
    expect(await call('getSettings', {})).toMatchObject({ ok: true, value: { pinSet: true, repairedAtStart: [] } })
    expect(await call('updateSettings', { deviceName: 'till-2' })).toEqual({ ok: false, error: { code: 'locked' } })
    expect(await call('unlockSettings', { pin: '2468' })).toEqual({ ok: true, value: { unlocked: true } })
    expect(await call('updateSettings', { deviceName: 'till-2' })).toMatchObject({ ok: true })
  })
})
