import type { SecretCipher } from '../../src-main/settings/settings-storage'

/**
 * As on a machine without a keyring: safeStorage unavailable, so a key is stored in plain form, and only with the
 * owner's consent (`storeUnencrypted: true`).
 */
export const plainCipher: SecretCipher = {
  storage: async () => 'unavailable',
  encrypt: async (text) => text,
  decrypt: async (text) => ({ plainText: text, shouldReEncrypt: false })
}
