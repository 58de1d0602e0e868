import { z } from 'zod'
import { editableSettingsSchema } from './settings-schema'
import type { HashedPin } from './settings-pin'
import { TILL_ID_PATTERN } from './till-id'

// Main only: what the settings file holds besides the editable settings. Kept apart from settings-schema.ts, which the
// preload bundles to check events, so none of this reaches a renderer-readable file.

export const hashedPinSchema = z.strictObject({
  salt: z.string().min(1),
  hash: z.string().min(1)
}) satisfies z.ZodType<HashedPin>

export const pairingCodeSchema = z.string().regex(/^\d{6}$/)

export const apiKeyEncodingSchema = z.enum(['safeStorage', 'plain'])
export const storedApiKeySchema = z.strictObject({ encoding: apiKeyEncodingSchema, value: z.string().min(1) })

/** What is persisted on disk: the editable settings and what only main may see. */
export const storedSettingsSchema = editableSettingsSchema.extend({
  version: z.number(),
  /** This install's own id in every sale reference; the device name is only the owner's label. */
  tillId: z.string().regex(TILL_ID_PATTERN),
  settingsPin: hashedPinSchema.nullable(),
  /** Six digits a LAN display types once to pair; kept so paired tablets survive a restart. */
  pairingCode: pairingCodeSchema,
  /** Encrypted with safeStorage, or plain where the OS offers no encryption. */
  apiKey: storedApiKeySchema.nullable()
})

export type StoredSettings = z.output<typeof storedSettingsSchema>
export type ApiKeyEncoding = z.output<typeof apiKeyEncodingSchema>
