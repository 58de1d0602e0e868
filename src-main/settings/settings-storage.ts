import type { KeyStorage } from '../../src-preload/contract'
import type { StoredSettings } from './stored-settings-schema'

/** Why the settings cannot be written, as the operating system named it (EROFS, EACCES, …) when it did. */
export interface WriteProblem {
  errno: string | null
}

/** Where settings live: electron-store in the app, a plain JSON file in tests and the e2e bridge. */
export interface SettingsStorage {
  /**
   * Whatever is stored, unvalidated; undefined when nothing has been stored yet, 'unreadable' when what is stored is
   * not JSON. Throws when the file exists but cannot be read at all.
   */
  read(): unknown
  /** Why a write would fail (a read-only file or folder), found without writing anything; null when it would not. */
  writeProblem(): WriteProblem | null
  /** Throws when the settings cannot be written; never writes over a file `writeProblem` finds read-only. */
  write(settings: StoredSettings): void
}

/** Encrypts the API key at rest: Electron's safeStorage in the app. */
export interface SecretCipher {
  /** How a key encrypted now would be kept: decides whether storing it needs the owner's consent. */
  storage(): Promise<KeyStorage>
  encrypt(plainText: string): Promise<string>
  /**
   * Rejects when the text no longer decrypts (another keyring, a restored profile). `shouldReEncrypt`: the key it was
   * encrypted with has been replaced, so it should be encrypted and stored again.
   */
  decrypt(cipherText: string): Promise<{ plainText: string; shouldReEncrypt: boolean }>
}
