import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createSettingsService } from '../../../src-main/settings/settings-service'
import type { SecretCipher } from '../../../src-main/settings/settings-storage'

/** Stands in for Electron's safeStorage: reversible, and visibly not the plain text. */
const reversingCipher: SecretCipher = {
  storage: async () => 'encrypted',
  encrypt: async (text) => Buffer.from([...text].reverse().join('')).toString('base64'),
  decrypt: async (cipherText) => ({
    plainText: [...Buffer.from(cipherText, 'base64').toString()].reverse().join(''),
    shouldReEncrypt: false
  })
}
const unavailableCipher: SecretCipher = { ...reversingCipher, storage: async () => 'unavailable' }

describe('settings service on a real JSON file', () => {
  let folder: string
  let filePath: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-settings-'))
    filePath = join(folder, 'settings.json')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  const open = (cipher = reversingCipher) =>
    createSettingsService({ storage: createJsonFileSettingsStorage(filePath), cipher })

  it('starts a fresh install in Demo mode without a key', async () => {
    const settings = (await open()).getPublic()
    expect(settings).toMatchObject({ environment: 'demo', hasKey: false, demo: true })
  })

  it('stores the key encrypted, never in plain text, and never returns it in the public settings', async () => {
    const service = await open()
    const afterSave = await service.setApiKey('sk_live_SECRET123', { storeUnencrypted: false })
    if (!afterSave.ok) throw new Error(afterSave.error.code)
    expect(afterSave.value.hasKey).toBe(true)
    expect(JSON.stringify(afterSave)).not.toContain('SECRET123')
    expect(readFileSync(filePath, 'utf8')).not.toContain('SECRET123')
    expect(service.getApiKey()).toBe('sk_live_SECRET123')
    expect((await open()).getApiKey()).toBe('sk_live_SECRET123')
  })

  it('writes the settings file readable by its owner only', async () => {
    await (await open()).setApiKey('k', { storeUnencrypted: false })
    expect(statSync(filePath).mode & 0o077).toBe(0)
  })

  it('keeps the key in plain form only when the OS offers no encryption, and says so in the file', async () => {
    await (await open(unavailableCipher)).setApiKey('sk_test_1', { storeUnencrypted: true })
    expect((JSON.parse(readFileSync(filePath, 'utf8')) as { apiKey: unknown }).apiKey).toEqual({
      encoding: 'plain',
      value: 'sk_test_1'
    })
  })

  it('is in Demo mode only when the owner chose Demo, never because a key is missing', async () => {
    const service = await open()
    expect(service.getPublic()).toMatchObject({ environment: 'demo', demo: true })
    expect(service.update({ environment: 'production' })).toMatchObject({
      ok: true,
      value: { demo: false, hasKey: false }
    })
    expect(await service.setApiKey('k', { storeUnencrypted: false })).toMatchObject({
      ok: true,
      value: { demo: false }
    })
    expect(service.removeApiKey()).toMatchObject({
      ok: true,
      value: { hasKey: false, demo: false, environment: 'production' }
    })
    expect(service.getApiKey()).toBeNull()
    expect(service.update({ environment: 'demo' })).toMatchObject({ ok: true, value: { demo: true, hasKey: false } })
  })

  it('merges partial link defaults and persists them across a restart', async () => {
    ;(await open()).update({ linkDefaults: { bankTransfer: true }, deviceName: 'till-7', entryMode: 'decimal' })
    const reopened = (await open()).getPublic()
    expect(reopened.linkDefaults.bankTransfer).toBe(true)
    expect(reopened.linkDefaults.cancellable).toBe(true)
    expect(reopened).toMatchObject({ deviceName: 'till-7', entryMode: 'decimal' })
  })

  it('recovers from a corrupted file: starts, warns, keeps nothing broken', async () => {
    writeFileSync(filePath, '{"environment": "production", "deviceNa')
    const service = await open()
    expect(service.getPublic().environment).toBe('demo')
    expect(service.repairedAtLoad).toEqual([{ code: 'all_reset' }])
    expect((JSON.parse(readFileSync(filePath, 'utf8')) as { environment: unknown }).environment).toBe('demo')
  })

  it('reports no key when the stored ciphertext can no longer be decrypted', async () => {
    await (await open()).setApiKey('k', { storeUnencrypted: false })
    const brokenCipher: SecretCipher = {
      ...reversingCipher,
      decrypt: () => Promise.reject(new Error('keychain changed'))
    }
    expect((await open(brokenCipher)).getApiKey()).toBeNull()
  })
})
