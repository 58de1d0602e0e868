import { createHash, randomInt } from 'node:crypto'
import { hostname } from 'node:os'

/** Letters and digits that cannot be mistaken for one another when read aloud or off a receipt. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const LENGTH = 5

/** A till id inside a longer text (a reference). */
export const TILL_ID_SOURCE = `[${ALPHABET}]{${LENGTH}}`
export const TILL_ID_PATTERN = new RegExp(`^${TILL_ID_SOURCE}$`)

/**
 * This install's own id, drawn once at first start and kept: it goes into every sale reference, so tills sharing one
 * SecPaid key never write the same reference (31^5 ≈ 29 million ids), whatever their owners name them.
 */
export function generateTillId(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

/**
 * Which machine the till id was drawn on: a data folder copied to a second till (a cloned kiosk image, a backup
 * restored on a new machine) would otherwise give two tills the same id and so the same references. Hashed, so the
 * settings file does not name the machine.
 */
export function machineFingerprint(name: string = hostname()): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 16)
}

export const MACHINE_FINGERPRINT_PATTERN = /^[0-9a-f]{16}$/
