import { z } from 'zod'

import { editableSettingsSchema } from '../../src-preload/contract/settings-schema'
import { hashedPinSchema, pinGuardSchema } from './pin-schemas'
import { storedStaffSchema } from './stored-staff-schema'
import { MACHINE_FINGERPRINT_PATTERN, TILL_ID_PATTERN } from './till-id'

// Main only: what the settings file holds besides the editable settings. Kept apart from the contract's
// settings-schema.ts, which the preload bundles to check events, so none of this reaches a renderer-readable file.

export { hashedPinSchema, NO_WRONG_PINS, type PinGuard, pinGuardSchema } from './pin-schemas'

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
  apiKey: storedApiKeySchema.nullable(),
  /** The cashiers and their PINs (hashed) and wrong-PIN counts; absent in a shop without cashiers. */
  staff: storedStaffSchema.optional()
})

export type StoredSettings = z.output<typeof storedSettingsSchema>
export type StoredApiKey = z.output<typeof storedApiKeySchema>
