import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createSettingsService } from '../../../src-main/settings/settings-service'
import type { SecretCipher } from '../../../src-main/settings/settings-storage'

/** Stands in for Electron's safeStorage: reversible, and visibly not the plain text. */
const reversingCipher: SecretCipher = {
  isAvailable: () => true,
  encrypt: (text) => Buffer.from([...text].reverse().join('')).toString('base64'),
  decrypt: (cipherText) => [...Buffer.from(cipherText, 'base64').toString()].reverse().join('')
}
const unavailableCipher: SecretCipher = { ...reversingCipher, isAvailable: () => false }

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

  it('starts a fresh install in Demo mode without a key', () => {
    const settings = open().getPublic()
    expect(settings).toMatchObject({ environment: 'demo', hasKey: false, demo: true })
  })

  it('stores the key encrypted, never in plain text, and never returns it in the public settings', () => {
    const service = open()
    const afterSave = service.setApiKey('sk_live_SECRET123')
    expect(afterSave.hasKey).toBe(true)
    expect(JSON.stringify(afterSave)).not.toContain('SECRET123')
    expect(readFileSync(filePath, 'utf8')).not.toContain('SECRET123')
    expect(service.getApiKey()).toBe('sk_live_SECRET123')
    expect(open().getApiKey()).toBe('sk_live_SECRET123')
  })

  it('writes the settings file readable by its owner only', () => {
    open().setApiKey('k')
    expect(statSync(filePath).mode & 0o077).toBe(0)
  })

  it('keeps the key in plain form only when the OS offers no encryption, and says so in the file', () => {
    open(unavailableCipher).setApiKey('sk_test_1')
    expect((JSON.parse(readFileSync(filePath, 'utf8')) as { apiKey: unknown }).apiKey).toEqual({
      encoding: 'plain',
      value: 'sk_test_1'
    })
  })

  it('leaves Demo mode only when a key is set and a real environment is chosen', () => {
    const service = open()
    expect(service.update({ environment: 'production' }).demo).toBe(true)
    expect(service.setApiKey('k').demo).toBe(false)
    expect(service.removeApiKey()).toMatchObject({ hasKey: false, demo: true, environment: 'production' })
    expect(service.getApiKey()).toBeNull()
  })

  it('merges partial link defaults and persists them across a restart', () => {
    open().update({ linkDefaults: { bankTransfer: true }, deviceName: 'till-7', entryMode: 'decimal' })
    const reopened = open().getPublic()
    expect(reopened.linkDefaults.bankTransfer).toBe(true)
    expect(reopened.linkDefaults.cancellable).toBe(true)
    expect(reopened).toMatchObject({ deviceName: 'till-7', entryMode: 'decimal' })
  })

  it('recovers from a corrupted file: starts, warns, keeps nothing broken', () => {
    writeFileSync(filePath, '{"environment": "production", "deviceNa')
    const service = open()
    expect(service.getPublic().environment).toBe('demo')
    expect(service.repairedAtLoad).toEqual([{ code: 'all_reset' }])
    expect((JSON.parse(readFileSync(filePath, 'utf8')) as { environment: unknown }).environment).toBe('demo')
  })

  it('reports no key when the stored ciphertext can no longer be decrypted', () => {
    open().setApiKey('k')
    const brokenCipher: SecretCipher = {
      ...reversingCipher,
      decrypt: () => {
        throw new Error('keychain changed')
      }
    }
    expect(open(brokenCipher).getApiKey()).toBeNull()
  })
})
