import { randomInt } from 'node:crypto'

/** Letters and digits that cannot be mistaken for one another when read aloud or off a receipt. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const LENGTH = 5

export const TILL_ID_PATTERN = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`)

/**
 * This install's own id, drawn once at first start and kept: it goes into every sale reference, so tills sharing one
 * SecPaid key never write the same reference (31^5 ≈ 29 million ids), whatever their owners name them.
 */
export function generateTillId(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}
