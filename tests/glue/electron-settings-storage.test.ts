import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

const userData = mkdtempSync(join(tmpdir(), 'counter-store-'))
let encryptionAvailable = true

// Only Electron is mocked: electron-store and conf are the real ones, writing real files.
vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => userData, getVersion: () => '0.1.0', getName: () => 'secpaid-counter' },
    ipcMain: { on: () => {} },
    shell: {},
    safeStorage: {
      isEncryptionAvailable: () => encryptionAvailable,
      encryptString: (text: string) => Buffer.from(`enc(${text})`),
      decryptString: (buffer: Buffer) => buffer.toString().replace(/^enc\((.*)\)$/, '$1')
    }
  }
  return { ...electron, default: electron }
})

const { createElectronSettingsStorage, safeStorageCipher } =
  await import('../../src-main/settings/electron-settings-storage')
const { createSettingsService } = await import('../../src-main/settings/settings-service')

const settingsFile = join(userData, 'settings.json')
const open = () => createSettingsService({ storage: createElectronSettingsStorage(), cipher: safeStorageCipher })

describe('electron-store and safeStorage glue (electron mocked, real files)', () => {
  beforeEach(() => {
    for (const file of readdirSync(userData)) rmSync(join(userData, file), { force: true })
  })
  afterAll(() => rmSync(userData, { recursive: true, force: true }))

  it('keeps the settings file private to its user (mode 0600)', () => {
    open().update({ deviceName: 'till-3' })
    expect(statSync(settingsFile).mode & 0o777).toBe(0o600)
    expect(open().getPublic().deviceName).toBe('till-3')
  })

  it('stores the API key through safeStorage, so the file never holds it in plain text', () => {
    const service = open()
    service.setApiKey('sk_live_ABC')
    const saved = readFileSync(settingsFile, 'utf8')
    expect(saved).not.toContain('sk_live_ABC')
    expect(saved).toContain(Buffer.from('enc(sk_live_ABC)').toString('base64'))
    expect(open().getApiKey()).toBe('sk_live_ABC')
  })

  it('starts from a settings file that is not JSON: moves it aside, resets, and says so', () => {
    writeFileSync(settingsFile, '{"settings": {"deviceName": "till-9", ')
    const service = open()
    expect(service.repairedAtLoad).toEqual([{ code: 'all_reset' }])
    expect(service.getPublic()).toMatchObject({ environment: 'demo', deviceName: 'counter1' })
    const kept = readdirSync(userData).filter((file) => file.startsWith('settings.json.unreadable-'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(userData, kept[0]!), 'utf8')).toBe('{"settings": {"deviceName": "till-9", ')
    expect(open().repairedAtLoad).toEqual([])
  })

  it('keeps what can be kept from a file with some invalid values', () => {
    writeFileSync(settingsFile, JSON.stringify({ settings: { deviceName: 'till-4', entryMode: 'abacus' } }))
    const service = open()
    expect(service.getPublic()).toMatchObject({ deviceName: 'till-4', entryMode: 'cents' })
    expect(service.repairedAtLoad).toEqual([{ code: 'field_reset', field: 'entryMode' }])
  })

  it('reports safeStorage as unavailable when the OS has no keyring', () => {
    encryptionAvailable = false
    expect(safeStorageCipher.isAvailable()).toBe(false)
    encryptionAvailable = true
  })
})
