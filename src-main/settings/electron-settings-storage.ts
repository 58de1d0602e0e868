import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'

import { app, safeStorage } from 'electron'
import Store from 'electron-store'

import type { KeyStorage } from '../../src-preload/contract'
import type { SecretCipher, SettingsStorage } from './settings-storage'
import type { StoredSettings } from './stored-settings-schema'
import { fileWriteProblem, writeProblemError } from './write-problem'

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
 * then reports it unreadable, so the owner is warned that the settings were reset. In a read-only folder it cannot be
 * moved: it stays as it is, the app runs on defaults, and nothing is written until the folder can take it.
 */
export function createElectronSettingsStorage(): SettingsStorage {
  const filePath = join(app.getPath('userData'), 'settings.json')
  let store: SettingsStore | null
  let unreadable = false
  try {
    store = openStore()
  } catch (error) {
    // No file to move aside: the folder itself is unusable (a path through a file, a drive that is gone).
    if (!existsSync(filePath)) throw error
    unreadable = true
    try {
      store = setAsideAndReopen(filePath)
    } catch (setAsideError) {
      // Still there: it could not be moved (a read-only folder), so it stays untouched and nothing is written.
      if (!existsSync(filePath)) throw setAsideError
      store = null
    }
  }
  return {
    read: () => {
      if (!unreadable) return store?.get('settings')
      unreadable = false
      return 'unreadable'
    },
    writeProblem: () => fileWriteProblem(filePath),
    write: (settings) => {
      const problem = fileWriteProblem(filePath)
      if (problem !== null) throw writeProblemError(problem)
      // A file that could not be moved aside at start (its folder was read-only) is moved before it is replaced.
      store ??= setAsideAndReopen(filePath)
      store.set('settings', settings)
    }
  }
}

/** A fresh store, the unreadable file kept beside it for the owner. */
function setAsideAndReopen(filePath: string): SettingsStore {
  if (existsSync(filePath)) renameSync(filePath, `${filePath}.unreadable-${Date.now()}`)
  return openStore()
}

/** Linux secret stores safeStorage can keep its key in; any other backend (`basic_text`) is a password built in. */
const LINUX_KEYRINGS: ReadonlySet<string> = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])

/**
 * safeStorage's asynchronous API (the synchronous one is deprecated in Electron 45 and announced for removal).
 * `weak`: Linux without a keyring, where safeStorage encrypts with a password built into Chromium.
 */
export function createSafeStorageCipher(platform: NodeJS.Platform = process.platform): SecretCipher {
  return {
    async storage(): Promise<KeyStorage> {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'unavailable'
      if (platform === 'linux' && !LINUX_KEYRINGS.has(safeStorage.getSelectedStorageBackend())) return 'weak'
      return 'encrypted'
    },
    encrypt: async (plainText) => (await safeStorage.encryptStringAsync(plainText)).toString('base64'),
    async decrypt(cipherText) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(cipherText, 'base64'))
      return { plainText: result, shouldReEncrypt }
    }
  }
}
