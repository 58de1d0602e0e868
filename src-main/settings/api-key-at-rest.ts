import type { ApiKeyStatus, IpcError, KeyStorage } from '../../src-preload/contract'
import type { SecretCipher } from './settings-storage'
import type { StoredApiKey } from './stored-settings-schema'

/** The stored key after the one decryption at start: usable, absent, or there but no longer decryptable. */
export type OpenedKey =
  | { state: 'none' }
  | { state: 'undecryptable' }
  | { state: 'set'; plainText: string; storedAs: KeyStorage; shouldReEncrypt: boolean }

/**
 * Decrypts the stored key. A failure is reported as such, never taken for "no key": the stored key stays on disk
 * (a keyring that is back may decrypt it at the next start) until the owner enters or removes one.
 */
export async function openStoredKey(
  stored: StoredApiKey | null,
  cipher: SecretCipher,
  keyStorageNow: KeyStorage
): Promise<OpenedKey> {
  if (stored === null) return { state: 'none' }
  if (stored.encoding === 'plain') {
    return { state: 'set', plainText: stored.value, storedAs: 'unavailable', shouldReEncrypt: false }
  }
  try {
    const { plainText, shouldReEncrypt } = await cipher.decrypt(stored.value)
    // Files from before `protection` was recorded: a key that decrypts with today's backend was made with it.
    const storedAs = stored.protection ?? (keyStorageNow === 'encrypted' ? 'encrypted' : 'weak')
    return { state: 'set', plainText, storedAs, shouldReEncrypt }
  } catch {
    return { state: 'undecryptable' }
  }
}

export function keyStatusOf(opened: OpenedKey): ApiKeyStatus {
  return opened.state === 'set' ? { state: 'set', storedAs: opened.storedAs } : { state: opened.state }
}

/**
 * The key as it goes to disk: encrypted where the OS can; weakly encrypted or plain only with the owner's consent,
 * since either can be read back by anyone who has the settings file.
 */
export async function sealKey(
  apiKey: string,
  keyStorage: KeyStorage,
  consent: boolean,
  cipher: SecretCipher
): Promise<{ ok: true; stored: StoredApiKey } | { ok: false; error: IpcError }> {
  if (keyStorage !== 'encrypted' && !consent) {
    return { ok: false, error: { code: 'key_storage_needs_consent', keyStorage } }
  }
  if (keyStorage === 'unavailable') return { ok: true, stored: { encoding: 'plain', value: apiKey } }
  try {
    const value = await cipher.encrypt(apiKey)
    return { ok: true, stored: { encoding: 'safeStorage', value, protection: keyStorage } }
  } catch {
    return { ok: false, error: { code: 'key_encryption_failed' } }
  }
}
