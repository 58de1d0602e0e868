import { safeStorage } from 'electron'
import Store from 'electron-store'
import type { StoredSettings } from './settings-schema'
import type { SecretCipher, SettingsStorage } from './settings-storage'

/**
 * electron-store holds the settings under one key; shape, defaults and migrations are ours
 * (`migrateSettings`), because electron-store's own `migrations` option is documented as unreliable.
 * `clearInvalidConfig` turns an unparsable file into an empty store instead of a crash at start-up.
 */
export function createElectronSettingsStorage(): SettingsStorage {
  const store = new Store<{ settings?: StoredSettings }>({
    name: 'settings',
    clearInvalidConfig: true,
    // The file holds the encrypted key and the PIN hash: readable by this user only.
    configFileMode: 0o600
  })
  return {
    read: () => store.get('settings'),
    write: (settings) => store.set('settings', settings)
  }
}

export const safeStorageCipher: SecretCipher = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  encrypt: (plainText) => safeStorage.encryptString(plainText).toString('base64'),
  decrypt: (cipherText) => safeStorage.decryptString(Buffer.from(cipherText, 'base64'))
}
