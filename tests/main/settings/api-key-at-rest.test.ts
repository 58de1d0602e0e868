import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createSettingsService } from '../../../src-main/settings/settings-service'
import type { SecretCipher } from '../../../src-main/settings/settings-storage'
import type { Channel, KeyStorage, PublicSettings } from '../../../src-preload/contract'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

/**
 * safeStorage as the OS would answer: how it stores, and a keyring whose key can be replaced. Ciphertext is
 * `<keyring id>:<text>`; it decrypts while the keyring is the same, and counts every call.
 */
function testKeyring(storage: KeyStorage = 'encrypted') {
  const state = { storage, id: 'ring1', encrypts: 0, decrypts: 0, failEncrypt: false, rotatedFrom: '' }
  const cipher: SecretCipher = {
    storage: async () => state.storage,
    async encrypt(text) {
      state.encrypts += 1
      if (state.failEncrypt) throw new Error('keyring locked')
      return Buffer.from(`${state.id}:${text}`).toString('base64')
    },
    async decrypt(cipherText) {
      state.decrypts += 1
      const [id, ...rest] = Buffer.from(cipherText, 'base64').toString().split(':')
      if (id !== state.id && id !== state.rotatedFrom) throw new Error('cannot decrypt')
      return { plainText: rest.join(':'), shouldReEncrypt: id !== state.id }
    }
  }
  return { state, cipher }
}

describe('the API key at rest', () => {
  let folder: string
  let filePath: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-key-at-rest-'))
    filePath = join(folder, 'settings.json')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  const open = (cipher: SecretCipher) =>
    createSettingsService({ storage: createJsonFileSettingsStorage(filePath), cipher })
  const storedKey = () => (JSON.parse(readFileSync(filePath, 'utf8')) as { apiKey: unknown }).apiKey

  it('is decrypted once at start and served from memory after that', async () => {
    const keyring = testKeyring()
    await (await open(keyring.cipher)).setApiKey('sk_live_ONCE', { storeUnencrypted: false })
    keyring.state.decrypts = 0
    const service = await open(keyring.cipher)
    for (let call = 0; call < 5; call += 1) expect(service.getApiKey()).toBe('sk_live_ONCE')
    expect(keyring.state.decrypts).toBe(1)
  })

  it.each(['weak', 'unavailable'] as const)(
    'where storage is %s, a key is refused without consent and nothing is written',
    async (storage) => {
      const keyring = testKeyring(storage)
      const service = await open(keyring.cipher)
      const before = readFileSync(filePath, 'utf8')
      expect(await service.setApiKey('sk_live_NO', { storeUnencrypted: false })).toEqual({
        ok: false,
        error: { code: 'key_storage_needs_consent', keyStorage: storage }
      })
      expect(readFileSync(filePath, 'utf8')).toBe(before)
      expect(keyring.state.encrypts).toBe(0)
      expect(service.getPublic()).toMatchObject({ hasKey: false, keyStatus: { state: 'none' }, keyStorage: storage })
    }
  )

  it('an encryption that fails stores nothing, and never falls back to plain text', async () => {
    const keyring = testKeyring()
    const service = await open(keyring.cipher)
    keyring.state.failEncrypt = true
    expect(await service.setApiKey('sk_live_LOCKED', { storeUnencrypted: true })).toEqual({
      ok: false,
      error: { code: 'key_encryption_failed' }
    })
    expect(readFileSync(filePath, 'utf8')).not.toContain('sk_live_LOCKED')
    expect(storedKey()).toBeNull()
  })

  it('a keyring that went away since start is noticed when a key is saved, and the owner is asked again', async () => {
    const keyring = testKeyring('encrypted')
    const service = await open(keyring.cipher)
    const published: PublicSettings[] = []
    service.onChange((settings) => published.push(settings))
    keyring.state.storage = 'weak'
    expect(await service.setApiKey('sk_live_LATE', { storeUnencrypted: false })).toMatchObject({
      ok: false,
      error: { code: 'key_storage_needs_consent', keyStorage: 'weak' }
    })
    expect(published.map((settings) => settings.keyStorage)).toEqual(['weak'])
  })

  it('a key that no longer decrypts is reported as undecryptable, not as no key, and stays on disk', async () => {
    const keyring = testKeyring()
    await (await open(keyring.cipher)).setApiKey('sk_live_GONE', { storeUnencrypted: false })
    const onDisk = storedKey()
    keyring.state.id = 'ring2'
    const service = await open(keyring.cipher)
    expect(service.getPublic()).toMatchObject({ hasKey: false, demo: true, keyStatus: { state: 'undecryptable' } })
    expect(service.getApiKey()).toBeNull()
    expect(storedKey()).toEqual(onDisk)
    expect(service.removeApiKey()).toMatchObject({ ok: true, value: { keyStatus: { state: 'none' } } })
    expect(storedKey()).toBeNull()
  })

  it('is encrypted again after a key rotation, but never into weaker storage', async () => {
    const keyring = testKeyring()
    await (await open(keyring.cipher)).setApiKey('sk_live_ROT', { storeUnencrypted: false })
    Object.assign(keyring.state, { id: 'ring2', rotatedFrom: 'ring1', storage: 'weak' })
    const weaker = await open(keyring.cipher)
    expect(weaker.getApiKey()).toBe('sk_live_ROT')
    expect(weaker.getPublic().keyStatus).toEqual({ state: 'set', storedAs: 'encrypted' })
    expect(Buffer.from((storedKey() as { value: string }).value, 'base64').toString()).toBe('ring1:sk_live_ROT')

    keyring.state.storage = 'encrypted'
    expect((await open(keyring.cipher)).getApiKey()).toBe('sk_live_ROT')
    expect(Buffer.from((storedKey() as { value: string }).value, 'base64').toString()).toBe('ring2:sk_live_ROT')
  })

  it('a key stored before its protection was recorded is described by the storage that decrypts it today', async () => {
    const keyring = testKeyring('weak')
    await open(keyring.cipher)
    const stored = JSON.parse(readFileSync(filePath, 'utf8')) as Record<string, unknown>
    const legacyKey = { encoding: 'safeStorage', value: Buffer.from('ring1:sk_live_OLD').toString('base64') }
    writeFileSync(filePath, JSON.stringify({ ...stored, apiKey: legacyKey }))
    expect((await open(keyring.cipher)).getPublic().keyStatus).toEqual({ state: 'set', storedAs: 'weak' })
    keyring.state.storage = 'encrypted'
    expect((await open(keyring.cipher)).getPublic().keyStatus).toEqual({ state: 'set', storedAs: 'encrypted' })
  })
})

describe('an undecryptable key in the running counter', () => {
  let folder: string
  let secpaid: TestSecPaid
  let backend: Backend
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-undecryptable-'))
    secpaid = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
  })
  afterEach(async () => {
    await backend.close()
    await secpaid.close()
    rmSync(folder, { recursive: true, force: true })
  })

  const start = (cipher: SecretCipher) =>
    createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher,
      fetch,
      testing: {
        baseUrlOverride: secpaid.baseUrl
      }
    })
  const call = (channel: Channel, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)

  it('refuses Charge (key_undecryptable) until the key is entered again, then reaches SecPaid with it', async () => {
    const keyring = testKeyring()
    backend = await start(keyring.cipher)
    await call('updateSettings', { environment: 'production' })
    await call('setApiKey', { apiKey: 'sk_live_valid' })
    await backend.close()

    keyring.state.id = 'ring2'
    backend = await start(keyring.cipher)
    expect(await call('getSettings', {})).toMatchObject({
      ok: true,
      value: { environment: 'production', hasKey: false, demo: false, keyStatus: { state: 'undecryptable' } }
    })
    expect(backend.demoSecPaid()).toBeNull()
    const linksBefore = secpaid.links().length
    expect(await call('charge', { amountCents: 150 })).toEqual({ ok: false, error: { code: 'key_undecryptable' } })
    expect(await call('testConnection', {})).toEqual({ ok: false, error: { code: 'no_key' } })
    expect(secpaid.links().length).toBe(linksBefore)

    expect(await call('setApiKey', { apiKey: 'sk_live_valid' })).toMatchObject({
      ok: true,
      value: { hasKey: true, demo: false, keyStatus: { state: 'set', storedAs: 'encrypted' } }
    })
    expect(await call('testConnection', {})).toEqual({ ok: true, value: { demo: false } })
    const charged = await call('charge', { amountCents: 150 })
    expect(charged).toMatchObject({ ok: true })
    expect(secpaid.links().length).toBe(linksBefore + 1)
  })
})
