import { describe, expect, it, vi } from 'vitest'

const stores: { options: Record<string, unknown>; data: Map<string, unknown> }[] = []
let encryptionAvailable = true

vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => encryptionAvailable,
    encryptString: (text: string) => Buffer.from(`enc(${text})`),
    decryptString: (buffer: Buffer) => buffer.toString().replace(/^enc\((.*)\)$/, '$1')
  }
}))
vi.mock('electron-store', () => ({
  default: class {
    data = new Map<string, unknown>()
    constructor(options: Record<string, unknown>) {
      stores.push({ options, data: this.data })
    }
    get(key: string) {
      return this.data.get(key)
    }
    set(key: string, value: unknown) {
      this.data.set(key, value)
    }
  }
}))

const { createElectronSettingsStorage, safeStorageCipher } = await import('../../src-main/settings/electron-settings-storage')
const { createSettingsService } = await import('../../src-main/settings/settings-service')

describe('electron-store and safeStorage glue (electron mocked)', () => {
  it('recovers from an unparsable settings file instead of crashing, and keeps the file private to its user', () => {
    createElectronSettingsStorage()
    expect(stores.at(-1)!.options).toMatchObject({ name: 'settings', clearInvalidConfig: true, configFileMode: 0o600 })
  })

  it('stores the API key through safeStorage, so the store never holds it in plain text', () => {
    const service = createSettingsService({ storage: createElectronSettingsStorage(), cipher: safeStorageCipher })
    service.setApiKey('sk_live_ABC')
    const saved = JSON.stringify(stores.at(-1)!.data.get('settings'))
    expect(saved).not.toContain('sk_live_ABC')
    expect(saved).toContain(Buffer.from('enc(sk_live_ABC)').toString('base64'))
    expect(service.getApiKey()).toBe('sk_live_ABC')
  })

  it('reports safeStorage as unavailable when the OS has no keyring', () => {
    encryptionAvailable = false
    expect(safeStorageCipher.isAvailable()).toBe(false)
    encryptionAvailable = true
  })
})
