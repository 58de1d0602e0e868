import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

const userData = mkdtempSync(join(tmpdir(), 'counter-store-'))

/**
 * The OS's secret store as safeStorage sees it. Ciphertext is `<key id>(<text>)`: it decrypts while its key id is one
 * the keyring still holds, and asks to be encrypted again when it is not the current one (a rotated key).
 */
const keyring = {
  available: true,
  backend: 'gnome_libsecret',
  current: 'enc',
  held: new Set(['enc'])
}
const deprecated = () => {
  throw new Error('the deprecated synchronous safeStorage API was called')
}

// Only Electron is mocked: electron-store and conf are the real ones, writing real files.
vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => userData, getVersion: () => '0.1.0', getName: () => 'secpaid-counter' },
    ipcMain: { on: () => {} },
    shell: {},
    safeStorage: {
      isEncryptionAvailable: deprecated,
      encryptString: deprecated,
      decryptString: deprecated,
      isAsyncEncryptionAvailable: async () => keyring.available,
      getSelectedStorageBackend: () => keyring.backend,
      encryptStringAsync: async (text: string) => Buffer.from(`${keyring.current}(${text})`),
      decryptStringAsync: async (buffer: Buffer) => {
        const [, keyId = '', text = ''] = /^(\w+)\((.*)\)$/s.exec(buffer.toString()) ?? []
        if (!keyring.held.has(keyId)) throw new Error('Error while decrypting the ciphertext provided to safeStorage')
        return { result: text, shouldReEncrypt: keyId !== keyring.current }
      }
    }
  }
  return { ...electron, default: electron }
})

const { createElectronSettingsStorage, createSafeStorageCipher } =
  await import('../../src-main/settings/electron-settings-storage')
const { createSettingsService } = await import('../../src-main/settings/settings-service')

const settingsFile = join(userData, 'settings.json')
const open = (platform: NodeJS.Platform = 'linux') =>
  createSettingsService({ storage: createElectronSettingsStorage(), cipher: createSafeStorageCipher(platform) })
const storedKey = () =>
  (JSON.parse(readFileSync(settingsFile, 'utf8')) as { settings: { apiKey: Record<string, string> | null } }).settings
    .apiKey
const encoded = (text: string) => Buffer.from(text).toString('base64')

describe('electron-store and safeStorage glue (electron mocked, real files)', () => {
  beforeEach(() => {
    for (const file of readdirSync(userData)) rmSync(join(userData, file), { force: true })
    Object.assign(keyring, { available: true, backend: 'gnome_libsecret', current: 'enc', held: new Set(['enc']) })
  })
  afterAll(() => rmSync(userData, { recursive: true, force: true }))

  it('keeps the settings file private to its user (mode 0600)', async () => {
    ;(await open()).update({ deviceName: 'till-3' })
    expect(statSync(settingsFile).mode & 0o777).toBe(0o600)
    expect((await open()).getPublic().deviceName).toBe('till-3')
  })

  it('stores the API key through safeStorage, so the file never holds it in plain text', async () => {
    const service = await open()
    await service.setApiKey('sk_live_ABC', { storeUnencrypted: false })
    const saved = readFileSync(settingsFile, 'utf8')
    expect(saved).not.toContain('sk_live_ABC')
    expect(saved).toContain(Buffer.from('enc(sk_live_ABC)').toString('base64'))
    expect((await open()).getApiKey()).toBe('sk_live_ABC')
  })

  it('starts from a settings file that is not JSON: moves it aside, resets, and says so', async () => {
    writeFileSync(settingsFile, '{"settings": {"deviceName": "till-9", ')
    const service = await open()
    expect(service.repairedAtLoad).toEqual([{ code: 'all_reset' }])
    expect(service.getPublic()).toMatchObject({ environment: 'demo', deviceName: 'counter1' })
    const kept = readdirSync(userData).filter((file) => file.startsWith('settings.json.unreadable-'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(userData, kept[0]!), 'utf8')).toBe('{"settings": {"deviceName": "till-9", ')
    expect((await open()).repairedAtLoad).toEqual([])
  })

  it('keeps what can be kept from a file with some invalid values', async () => {
    writeFileSync(settingsFile, JSON.stringify({ settings: { deviceName: 'till-4', entryMode: 'abacus' } }))
    const service = await open()
    expect(service.getPublic()).toMatchObject({ deviceName: 'till-4', entryMode: 'cents' })
    expect(service.repairedAtLoad).toEqual([{ code: 'field_reset', field: 'entryMode' }])
  })

  it('reports safeStorage as unavailable when the OS has no keyring', async () => {
    keyring.available = false
    expect(await createSafeStorageCipher('linux').storage()).toBe('unavailable')
    expect(await createSafeStorageCipher('win32').storage()).toBe('unavailable')
  })

  it('calls the key encrypted with a Linux keyring, and on Windows and macOS whatever Linux backend is named', async () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      keyring.backend = backend
      expect(await createSafeStorageCipher('linux').storage()).toBe('encrypted')
    }
    keyring.backend = 'basic_text'
    expect(await createSafeStorageCipher('win32').storage()).toBe('encrypted')
    expect(await createSafeStorageCipher('darwin').storage()).toBe('encrypted')
  })

  it('on Linux with basic_text (or a backend it cannot name) calls storage weak, and stores a key only with consent', async () => {
    keyring.backend = 'unknown'
    expect(await createSafeStorageCipher('linux').storage()).toBe('weak')
    keyring.backend = 'basic_text'
    const service = await open()
    expect(service.getPublic()).toMatchObject({ keyStorage: 'weak', keyStatus: { state: 'none' } })

    expect(await service.setApiKey('sk_live_WEAK', { storeUnencrypted: false })).toEqual({
      ok: false,
      error: { code: 'key_storage_needs_consent', keyStorage: 'weak' }
    })
    expect(readFileSync(settingsFile, 'utf8')).not.toContain(encoded('enc(sk_live_WEAK)'))

    const saved = await service.setApiKey('sk_live_WEAK', { storeUnencrypted: true })
    expect(saved).toMatchObject({ ok: true, value: { hasKey: true, keyStatus: { state: 'set', storedAs: 'weak' } } })
    expect(storedKey()).toEqual({ encoding: 'safeStorage', value: encoded('enc(sk_live_WEAK)'), protection: 'weak' })
    expect((await open()).getPublic().keyStatus).toEqual({ state: 'set', storedAs: 'weak' })
  })

  it('without encryption stores the key as plain text only with consent, and says so', async () => {
    keyring.available = false
    const service = await open()
    expect(await service.setApiKey('sk_live_PLAIN', { storeUnencrypted: false })).toMatchObject({
      ok: false,
      error: { code: 'key_storage_needs_consent', keyStorage: 'unavailable' }
    })
    expect(await service.setApiKey('sk_live_PLAIN', { storeUnencrypted: true })).toMatchObject({ ok: true })
    expect(storedKey()).toEqual({ encoding: 'plain', value: 'sk_live_PLAIN' })
    expect((await open()).getPublic().keyStatus).toEqual({ state: 'set', storedAs: 'unavailable' })
  })

  it('a stored key that no longer decrypts (a new keyring) is reported as such, kept, and works again once re-entered', async () => {
    await (await open()).setApiKey('sk_live_OLD', { storeUnencrypted: false })
    const onDisk = readFileSync(settingsFile, 'utf8')
    Object.assign(keyring, { current: 'new', held: new Set(['new']) })

    const service = await open()
    expect(service.getPublic()).toMatchObject({
      hasKey: false,
      demo: true,
      keyStatus: { state: 'undecryptable' },
      keyStorage: 'encrypted'
    })
    expect(service.getApiKey()).toBeNull()
    expect(readFileSync(settingsFile, 'utf8')).toBe(onDisk)

    expect(await service.setApiKey('sk_live_NEW', { storeUnencrypted: false })).toMatchObject({
      ok: true,
      value: { hasKey: true, keyStatus: { state: 'set', storedAs: 'encrypted' } }
    })
    expect((await open()).getApiKey()).toBe('sk_live_NEW')
  })

  it('encrypts the key again when safeStorage says it should (a rotated key), and only then', async () => {
    await (await open()).setApiKey('sk_live_ROTATE', { storeUnencrypted: false })
    expect(storedKey()?.value).toBe(encoded('enc(sk_live_ROTATE)'))
    Object.assign(keyring, { current: 'v2', held: new Set(['enc', 'v2']) })

    expect((await open()).getApiKey()).toBe('sk_live_ROTATE')
    expect(storedKey()).toEqual({
      encoding: 'safeStorage',
      value: encoded('v2(sk_live_ROTATE)'),
      protection: 'encrypted'
    })
    // Every write replaces the file through a new one, so an unchanged inode proves the next start wrote nothing.
    const rewritten = statSync(settingsFile).ino
    expect((await open()).getApiKey()).toBe('sk_live_ROTATE')
    expect(statSync(settingsFile).ino).toBe(rewritten)
  })

  it('keeps the wrong-PIN count and its wait in electron-store, so a restart gives no new guesses', async () => {
    const first = await open()
    first.setPin('135790')
    const { createSettingsLock } = await import('../../src-main/settings/settings-lock')
    const lockOn = (service: Awaited<ReturnType<typeof open>>) =>
      createSettingsLock({
        storedPin: () => service.getStored().settingsPin,
        guard: { read: () => service.getStored().pinGuard, write: (guard) => service.recordPinGuard(guard) }
      })
    const lock = lockOn(first)
    for (let attempt = 0; attempt < 5; attempt += 1) lock.unlock('000000')
    expect(lock.unlock('135790')).toMatchObject({ unlocked: false, reason: 'too_many_attempts' })

    const restarted = await open()
    expect(restarted.getPublic().pinWrongTries).toEqual({ sinceLastCorrect: 5, beforeLastCorrect: 0 })
    expect(lockOn(restarted).unlock('135790')).toMatchObject({ unlocked: false, reason: 'too_many_attempts' })
  })
})
