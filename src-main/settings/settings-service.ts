import type { Language, PublicSettings, SettingsPatch, SettingsRepair } from '../../src-preload/contract'
import { generatePairingCode } from '../customer-display/pairing-code'
import { migrateSettings } from './migrate-settings'
import { SETTINGS_LIMITS } from './settings-limits'
import { hashPin } from './settings-pin'
import type { StoredSettings } from './stored-settings-schema'
import type { SecretCipher, SettingsStorage } from './settings-storage'

export interface SettingsService {
  getPublic(): PublicSettings
  getStored(): Readonly<StoredSettings>
  /** Values that were unreadable at start-up and were reset, for a warning to the owner. */
  readonly repairedAtLoad: readonly SettingsRepair[]
  /** Called after every change that was saved, with what the renderer may know of it. */
  onChange(listener: (settings: PublicSettings) => void): void
  update(patch: SettingsPatch): PublicSettings
  setApiKey(apiKey: string): PublicSettings
  removeApiKey(): PublicSettings
  /** Stores the PIN hashed (scrypt, random salt), or removes it with null. */
  setPin(pin: string | null): PublicSettings
  newPairingCode(): string
  /** The decrypted key, for the main process's SecPaid client only. Null when none is set or it cannot be decrypted. */
  getApiKey(): string | null
}

export function createSettingsService(options: {
  storage: SettingsStorage
  cipher: SecretCipher
  fallbackLanguage?: Language
}): SettingsService {
  const { storage, cipher } = options
  const loaded = migrateSettings(storage.read(), options.fallbackLanguage)
  let current = loaded.settings
  storage.write(current)
  const listeners: ((settings: PublicSettings) => void)[] = []

  const save = (next: StoredSettings): PublicSettings => {
    storage.write(next)
    current = next
    const published = toPublic(next, loaded.repaired)
    for (const listener of listeners) listener(published)
    return published
  }

  return {
    repairedAtLoad: loaded.repaired,
    onChange: (listener) => listeners.push(listener),
    getPublic: () => toPublic(current, loaded.repaired),
    getStored: () => current,
    update(patch) {
      const { linkDefaults, ...chosen } = patch
      return save({
        ...current,
        ...withoutUndefined(chosen),
        linkDefaults: { ...current.linkDefaults, ...withoutUndefined(linkDefaults ?? {}) }
      })
    },
    setApiKey(apiKey) {
      const encrypted = cipher.isAvailable()
        ? { encoding: 'safeStorage' as const, value: cipher.encrypt(apiKey) }
        : { encoding: 'plain' as const, value: apiKey }
      return save({ ...current, apiKey: encrypted })
    },
    removeApiKey: () => save({ ...current, apiKey: null }),
    newPairingCode() {
      save({ ...current, pairingCode: generatePairingCode() })
      return current.pairingCode
    },
    setPin: (pin) => save({ ...current, settingsPin: pin === null ? null : hashPin(pin) }),
    getApiKey() {
      const stored = current.apiKey
      if (stored === null) return null
      if (stored.encoding === 'plain') return stored.value
      try {
        return cipher.decrypt(stored.value)
      } catch {
        return null
      }
    }
  }
}

function toPublic(settings: StoredSettings, repairedAtStart: readonly SettingsRepair[]): PublicSettings {
  const { version: _version, tillId, settingsPin, pairingCode: _pairingCode, apiKey, ...chosen } = settings
  const hasKey = apiKey !== null
  return {
    ...chosen,
    tillId,
    linkDefaults: { ...settings.linkDefaults },
    hasKey,
    demo: settings.environment === 'demo' || !hasKey,
    pinSet: settingsPin !== null,
    repairedAtStart: [...repairedAtStart],
    limits: SETTINGS_LIMITS
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>
}
