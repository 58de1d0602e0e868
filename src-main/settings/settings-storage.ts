import type { StoredSettings } from './stored-settings-schema'

/** Where settings live: electron-store in the app, a plain JSON file in tests and the e2e bridge. */
export interface SettingsStorage {
  /** Whatever is stored, unvalidated; undefined when nothing has been stored yet. */
  read(): unknown
  write(settings: StoredSettings): void
}

/** Encrypts the API key at rest: Electron's safeStorage in the app. */
export interface SecretCipher {
  isAvailable(): boolean
  encrypt(plainText: string): string
  decrypt(cipherText: string): string
}
