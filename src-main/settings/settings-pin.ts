import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

export interface HashedPin {
  salt: string
  hash: string
}

export const PIN_SALT_BYTES = 16
export const PIN_HASH_BYTES = 32

/** scrypt with a random salt: a stolen settings file does not give the PIN away by a table look-up. */
export function hashPin(pin: string): HashedPin {
  const salt = randomBytes(PIN_SALT_BYTES)
  return { salt: salt.toString('base64'), hash: scryptSync(pin, salt, PIN_HASH_BYTES).toString('base64') }
}

export function pinMatches(pin: string, stored: HashedPin): boolean {
  const expected = Buffer.from(stored.hash, 'base64')
  const actual = scryptSync(pin, Buffer.from(stored.salt, 'base64'), PIN_HASH_BYTES)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
