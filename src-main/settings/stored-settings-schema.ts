import { z } from 'zod'

import { editableSettingsSchema } from '../../src-preload/contract/settings-schema'
import { type HashedPin, PIN_HASH_BYTES, PIN_SALT_BYTES } from './settings-pin'
import { MACHINE_FINGERPRINT_PATTERN, TILL_ID_PATTERN } from './till-id'

// Main only: what the settings file holds besides the editable settings. Kept apart from the contract's
// settings-schema.ts, which the preload bundles to check events, so none of this reaches a renderer-readable file.

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

export const pairingCodeSchema = z.string().regex(/^\d{6}$/)

const apiKeyEncodingSchema = z.enum(['safeStorage', 'plain'])
export const storedApiKeySchema = z.strictObject({
  encoding: apiKeyEncodingSchema,
  value: z.string().min(1),
  /**
   * How safeStorage protected it when it was stored (`weak`: Linux without a keyring). Absent for plain keys and in
   * files from before it was recorded.
   */
  protection: z.enum(['encrypted', 'weak']).optional()
})

/** What is persisted on disk: the editable settings and what only main may see. */
export const storedSettingsSchema = editableSettingsSchema.extend({
  version: z.number(),
  /** This install's own id in every sale reference; the device name is only the owner's label. */
  tillId: z.string().regex(TILL_ID_PATTERN),
  /** The machine the till id belongs to (`machineFingerprint`): on another machine the till draws its own. */
  tillMachine: z.string().regex(MACHINE_FINGERPRINT_PATTERN),
  settingsPin: hashedPinSchema.nullable(),
  pinGuard: pinGuardSchema,
  /** Six digits a LAN display types once to pair; kept so paired tablets survive a restart. */
  pairingCode: pairingCodeSchema,
  /** Encrypted with safeStorage, or plain where the OS offers no encryption and the owner agreed. */
  apiKey: storedApiKeySchema.nullable()
})

export type StoredSettings = z.output<typeof storedSettingsSchema>
export type StoredApiKey = z.output<typeof storedApiKeySchema>
