import { randomInt, timingSafeEqual } from 'node:crypto'

const PAIRING_CODE = /^[0-9]{6}$/

/** Six random digits: typed once on a phone or tablet to pair it with this counter. */
export function generatePairingCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

export const isPairingCode = (value: string): boolean => PAIRING_CODE.test(value)

/** Constant-time for codes of the right length; the length itself is no secret (always six). */
export function pairingCodeMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false
  const givenBytes = Buffer.from(given, 'utf8')
  const expectedBytes = Buffer.from(expected, 'utf8')
  return givenBytes.length === expectedBytes.length && timingSafeEqual(givenBytes, expectedBytes)
}
