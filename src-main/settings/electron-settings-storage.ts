import { app, safeStorage } from 'electron'
import Store from 'electron-store'
import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { StoredSettings } from './stored-settings-schema'
import type { SecretCipher, SettingsStorage } from './settings-storage'

type SettingsStore = Store<{ settings?: StoredSettings }>

const openStore = (): SettingsStore =>
  new Store<{ settings?: StoredSettings }>({
    name: 'settings',
    // The file holds the encrypted key and the PIN hash: readable by this user only.
    configFileMode: 0o600
  })

/**
 * electron-store holds the settings under one key; shape, defaults and migrations are ours
 * (`migrateSettings`), because electron-store's own `migrations` option is documented as unreliable.
 * A file that is not even JSON is moved aside (kept for the owner) instead of stopping the app; the first read
 * then reports it unreadable, so the owner is warned that the settings were reset.
 */
export function createElectronSettingsStorage(): SettingsStorage {
  let store: SettingsStore
  let unreadable = false
  try {
    store = openStore()
  } catch {
    const filePath = join(app.getPath('userData'), 'settings.json')
    if (existsSync(filePath)) renameSync(filePath, `${filePath}.unreadable-${Date.now()}`)
    store = openStore()
    unreadable = true
  }
  return {
    read: () => {
      if (!unreadable) return store.get('settings')
      unreadable = false
      return 'unreadable'
    },
    write: (settings) => store.set('settings', settings)
  }
}

export const safeStorageCipher: SecretCipher = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  encrypt: (plainText) => safeStorage.encryptString(plainText).toString('base64'),
  decrypt: (cipherText) => safeStorage.decryptString(Buffer.from(cipherText, 'base64'))
}
