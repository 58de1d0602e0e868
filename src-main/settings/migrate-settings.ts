import { z, type ZodType } from 'zod'
import {
  SETTINGS_VERSION,
  defaultSettings,
  deviceNameSchema,
  entryModeSchema,
  environmentSchema,
  languageSchema,
  linkDefaultsSchema,
  maxAmountCentsSchema,
  hashedPinSchema,
  lanDisplayPortSchema,
  pairingCodeSchema,
  paidScreenSecondsSchema,
  type StoredSettings
} from './settings-schema'
import { isRecord } from '../is-record'

export interface MigrationResult {
  settings: StoredSettings
  /** Human-readable notes on values that were unreadable and replaced by defaults. */
  repaired: string[]
}

/**
 * Brings whatever is on disk (any older version, a partly corrupted file, nothing at all) to the current
 * shape. Idempotent: migrating its own output changes nothing. Keeps every field that is still valid.
 */
export function migrateSettings(raw: unknown, fallbackLanguage: 'de' | 'en' = 'en'): MigrationResult {
  const defaults = defaultSettings(fallbackLanguage)
  const repaired: string[] = []
  if (raw === undefined || raw === null) return { settings: defaults, repaired }
  if (!isRecord(raw)) return { settings: defaults, repaired: ['settings were unreadable and were reset'] }

  const keep = <T>(name: string, schema: ZodType<T>, value: unknown, fallback: T): T => {
    if (value === undefined) return fallback
    const parsed = schema.safeParse(value)
    if (parsed.success) return parsed.data
    repaired.push(`${name} was invalid and was reset`)
    return fallback
  }

  const rawDefaults = isRecord(raw.linkDefaults) ? raw.linkDefaults : {}
  const linkDefaults = { ...defaults.linkDefaults }
  for (const field of Object.keys(linkDefaults) as (keyof typeof linkDefaults)[]) {
    const schema = linkDefaultsSchema.shape[field] as ZodType<(typeof linkDefaults)[typeof field]>
    Object.assign(linkDefaults, {
      [field]: keep(`linkDefaults.${field}`, schema, rawDefaults[field], linkDefaults[field])
    })
  }

  return {
    settings: {
      version: SETTINGS_VERSION,
      environment: keep('environment', environmentSchema, raw.environment, defaults.environment),
      linkDefaults,
      maxAmountCents: keep('maxAmountCents', maxAmountCentsSchema, raw.maxAmountCents, defaults.maxAmountCents),
      entryMode: keep('entryMode', entryModeSchema, raw.entryMode, defaults.entryMode),
      language: keep('language', languageSchema, raw.language, defaults.language),
      deviceName: keep('deviceName', deviceNameSchema, raw.deviceName, defaults.deviceName),
      paidSound: keep('paidSound', z.boolean(), raw.paidSound, defaults.paidSound),
      paidScreenSeconds: keep(
        'paidScreenSeconds',
        paidScreenSecondsSchema,
        raw.paidScreenSeconds,
        defaults.paidScreenSeconds
      ),
      kioskMode: keep('kioskMode', z.boolean(), raw.kioskMode, defaults.kioskMode),
      settingsPin: keep('settingsPin', hashedPinSchema.nullable(), raw.settingsPin, defaults.settingsPin),
      customerWindow: keep('customerWindow', z.boolean(), raw.customerWindow, defaults.customerWindow),
      lanDisplay: keep('lanDisplay', z.boolean(), raw.lanDisplay, defaults.lanDisplay),
      lanDisplayPort: keep('lanDisplayPort', lanDisplayPortSchema, raw.lanDisplayPort, defaults.lanDisplayPort),
      pairingCode: keep('pairingCode', pairingCodeSchema, raw.pairingCode, defaults.pairingCode),
      apiKey: readApiKey(raw.apiKey, repaired),
      saleSequence: readSaleSequence(raw.saleSequence)
    },
    repaired
  }
}

function readApiKey(value: unknown, repaired: string[]): StoredSettings['apiKey'] {
  if (value === undefined || value === null) return null
  if (
    isRecord(value) &&
    (value.encoding === 'safeStorage' || value.encoding === 'plain') &&
    typeof value.value === 'string' &&
    value.value !== ''
  ) {
    return { encoding: value.encoding, value: value.value }
  }
  repaired.push('the stored API key was unreadable and was removed')
  return null
}

function readSaleSequence(value: unknown): StoredSettings['saleSequence'] {
  if (
    isRecord(value) &&
    typeof value.day === 'string' &&
    typeof value.last === 'number' &&
    Number.isSafeInteger(value.last) &&
    value.last >= 0
  ) {
    return { day: value.day, last: value.last }
  }
  return { day: '', last: 0 }
}
