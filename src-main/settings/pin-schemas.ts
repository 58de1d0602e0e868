import { z } from 'zod'

import { type HashedPin, PIN_HASH_BYTES, PIN_SALT_BYTES } from './settings-pin'

// The stored PIN hashes and wrong-PIN counts: the owner's in the settings, and each cashier's (src-main/staff/).

/** Standard base64 of exactly `bytes` bytes: anything else cannot be a salt or hash this app wrote. */
const base64Of = (bytes: number) =>
  z.base64().refine((text) => text.length === Math.ceil(bytes / 3) * 4 && Buffer.from(text, 'base64').length === bytes)

/** A PIN hash that can be checked: one that cannot (damaged, hand-edited) would lock the owner out for good. */
export const hashedPinSchema = z.strictObject({
  salt: base64Of(PIN_SALT_BYTES),
  hash: base64Of(PIN_HASH_BYTES)
}) satisfies z.ZodType<HashedPin>

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

/**
 * Wrong PINs and the wait they earned, kept with the settings so a restart does not give new free guesses.
 * `blockedUntil` is a time in ms since the epoch (0: no wait).
 */
export const pinGuardSchema = z.strictObject({
  wrongSinceCorrect: count,
  wrongBeforeLastCorrect: count,
  /** Waits earned since the last correct PIN: each one doubles the next. */
  blocks: count,
  blockedUntil: count
})

export type PinGuard = z.output<typeof pinGuardSchema>

export const NO_WRONG_PINS: PinGuard = { wrongSinceCorrect: 0, wrongBeforeLastCorrect: 0, blocks: 0, blockedUntil: 0 }
