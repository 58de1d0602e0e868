import type { ZodType } from 'zod'

import type { Language, SettingsRepair } from '../../src-preload/contract'
import { editableSettingsSchema, linkDefaultsSchema } from '../../src-preload/contract/settings-schema'
import { isRecord } from '../is-record'
import { defaultSettings, SETTINGS_VERSION } from './default-settings'
import {
  hashedPinSchema,
  pairingCodeSchema,
  pinGuardSchema,
  storedApiKeySchema,
  type StoredSettings
} from './stored-settings-schema'
import { migrateStaff } from './stored-staff-schema'
import { machineFingerprint, TILL_ID_PATTERN } from './till-id'

/** The category the quick keys of earlier versions move into; the owner renames or recolours it like any other. */
export const QUICK_KEYS_CATEGORY_ID = 'quick-keys'
const QUICK_KEYS_CATEGORY_NAME: Record<Language, string> = { de: 'Schnelltasten', en: 'Quick keys' }

const isLanguage = (value: unknown): value is Language => value === 'de' || value === 'en'

/**
 * Settings from before the catalogue had quick keys and no categories: the keys move, in their order, into one
 * category of their own, so the keypad screen shows them as before, under one tab. Settings with categories, or without
 * products, are left as they are.
 */
function withQuickKeysCategory(
  raw: Record<string, unknown>,
  language: Language
): { products?: unknown; categories?: unknown } {
  if (raw.categories !== undefined || !Array.isArray(raw.products) || raw.products.length === 0) return {}
  return {
    categories: [{ id: QUICK_KEYS_CATEGORY_ID, name: QUICK_KEYS_CATEGORY_NAME[language], colour: '' }],
    products: raw.products.map((product: unknown) =>
      isRecord(product) && product.categoryId === undefined
        ? { ...product, categoryId: QUICK_KEYS_CATEGORY_ID }
        : product
    )
  }
}

interface MigrationResult {
  settings: StoredSettings
  /** Values that were unreadable and were replaced by defaults, for a warning to the owner. */
  repaired: SettingsRepair[]
}

/**
 * Brings whatever is on disk (any older version, a partly corrupted file, nothing at all) to the current
 * shape. Idempotent: migrating its own output changes nothing. Keeps every field that is still valid and drops the ones
 * this version no longer has (`saleSequence`: sale numbers now come from the journal).
 */
export function migrateSettings(
  raw: unknown,
  fallbackLanguage: Language = 'en',
  machine: string = machineFingerprint()
): MigrationResult {
  const defaults = defaultSettings(fallbackLanguage, machine)
  const repaired: SettingsRepair[] = []
  if (raw === undefined || raw === null) return { settings: defaults, repaired }
  if (!isRecord(raw)) return { settings: defaults, repaired: [{ code: 'all_reset' }] }

  const keep = <T>(field: string, schema: ZodType<T>, value: unknown, fallback: T): T => {
    if (value === undefined) return fallback
    const parsed = schema.safeParse(value)
    if (parsed.success) return parsed.data
    repaired.push({ code: 'field_reset', field })
    return fallback
  }
  /** Each field of an object schema kept on its own, so one bad value resets only itself. */
  const keepFields = <T extends object>(
    prefix: string,
    shape: Record<string, ZodType>,
    values: unknown,
    fallback: T
  ) => {
    const source = isRecord(values) ? values : {}
    const kept: Record<string, unknown> = {}
    for (const [field, schema] of Object.entries(shape)) {
      kept[field] = keep(`${prefix}${field}`, schema, source[field], fallback[field as keyof T])
    }
    return kept as T
  }

  const { linkDefaults: _linkDefaultsSchema, ...editableShape } = editableSettingsSchema.shape
  const catalogue = withQuickKeysCategory(raw, isLanguage(raw.language) ? raw.language : fallbackLanguage)
  const linkDefaults = keepFields('linkDefaults.', linkDefaultsSchema.shape, raw.linkDefaults, defaults.linkDefaults)
  const apiKey = raw.apiKey === undefined || raw.apiKey === null ? null : storedApiKeySchema.safeParse(raw.apiKey)
  if (apiKey !== null && !apiKey.success) repaired.push({ code: 'api_key_removed' })
  // A PIN that cannot be checked would lock the owner out for good: it goes, and the owner is told.
  const pin =
    raw.settingsPin === undefined || raw.settingsPin === null ? null : hashedPinSchema.safeParse(raw.settingsPin)
  if (pin !== null && !pin.success) repaired.push({ code: 'pin_removed' })

  const storedTillId = typeof raw.tillId === 'string' && TILL_ID_PATTERN.test(raw.tillId) ? raw.tillId : null
  // Settings from before the machine was recorded keep their till id: they were written on this machine or a copy,
  // and which cannot be told any more.
  const copiedFromAnotherMachine = typeof raw.tillMachine === 'string' && raw.tillMachine !== machine
  if (storedTillId !== null && copiedFromAnotherMachine) repaired.push({ code: 'till_id_renewed' })

  return {
    settings: {
      ...keepFields('', editableShape, { ...raw, ...catalogue }, defaults),
      version: SETTINGS_VERSION,
      // A settings file from before till ids gets one now, without a warning: nothing the owner chose was lost.
      tillId: storedTillId !== null && !copiedFromAnotherMachine ? storedTillId : defaults.tillId,
      tillMachine: machine,
      linkDefaults,
      settingsPin: pin?.success ? pin.data : null,
      // Files from before it was kept start with no wrong PINs counted, without a warning.
      pinGuard: keep('pinGuard', pinGuardSchema, raw.pinGuard, defaults.pinGuard),
      pairingCode: keep('pairingCode', pairingCodeSchema, raw.pairingCode, defaults.pairingCode),
      apiKey: apiKey?.success ? apiKey.data : null,
      ...migrateStaff(raw.staff, repaired)
    },
    repaired
  }
}
