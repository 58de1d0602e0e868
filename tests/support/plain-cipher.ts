import type { SecretCipher } from '../../src-main/settings/settings-storage'

/** As on a machine without a keyring: safeStorage unavailable, so settings keep the key in plain form. */
export const plainCipher: SecretCipher = {
  isAvailable: () => false,
  encrypt: (text) => text,
  decrypt: (text) => text
}
