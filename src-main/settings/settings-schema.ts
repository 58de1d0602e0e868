import { z } from 'zod'
import type { EditableSettings, Language } from '../../src-preload/contract'
import { generatePairingCode } from '../customer-display/pairing-code'
import type { HashedPin } from './settings-pin'

export const SETTINGS_VERSION = 1

/** Upper bound an owner may set for one sale: 1,000,000.00 EUR. */
export const MAX_AMOUNT_LIMIT_CENTS = 100_000_000

export type ApiKeyEncoding = 'safeStorage' | 'plain'

/** What is persisted on disk. The API key is stored only in its encrypted (or, without safeStorage, plain) form. */
export interface StoredSettings extends EditableSettings {
  version: number
  settingsPin: HashedPin | null
  /** Six digits a LAN display types once to pair; kept so paired tablets survive a restart. */
  pairingCode: string
  apiKey: { encoding: ApiKeyEncoding; value: string } | null
  /** Last sale number handed out per calendar day, so references stay unique across restarts. */
  saleSequence: { day: string; last: number }
}

export const DEFAULT_NOTE_TEMPLATE = 'POS-{device}-{yyyyMMdd}-{seq}'

export function defaultSettings(language: Language = 'en'): StoredSettings {
  return {
    version: SETTINGS_VERSION,
    environment: 'demo',
    linkDefaults: {
      callbackUrl: '',
      paymentEndpoint: '',
      cancellable: true,
      bankTransfer: false,
      bankStatementDescription: '',
      noteTemplate: DEFAULT_NOTE_TEMPLATE
    },
    maxAmountCents: 500_000,
    entryMode: 'cents',
    language,
    deviceName: 'counter1',
    paidSound: true,
    paidScreenSeconds: 4,
    kioskMode: false,
    settingsPin: null,
    customerWindow: false,
    lanDisplay: false,
    lanDisplayPort: 8377,
    pairingCode: generatePairingCode(),
    apiKey: null,
    saleSequence: { day: '', last: 0 }
  }
}

const urlOrIndex = (value: string): boolean => /^\d{1,3}$/.test(value) || isHttpUrl(value)

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export const environmentSchema = z.enum(['demo', 'development', 'production'])
export const entryModeSchema = z.enum(['cents', 'decimal'])
export const languageSchema = z.enum(['de', 'en'])

export const callbackUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || urlOrIndex(value), {
    message: 'must be empty, a full http(s) URL or an index such as 0'
  })

export const paymentEndpointSchema = z
  .string()
  .trim()
  .max(1000)
  .refine((value) => value === '' || value.split(',').every((part) => urlOrIndex(part.trim())), {
    message: 'must be empty, or http(s) URLs and indexes separated by commas'
  })

export const noteTemplateSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(60)
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')

export const deviceNameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,20}$/, 'must be 1–20 letters, digits, - or _')

export const bankStatementDescriptionSchema = z
  .string()
  .trim()
  .max(100)
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')

export const maxAmountCentsSchema = z
  .number()
  .int('must be a whole number of cents')
  .positive('must be greater than zero')
  .max(MAX_AMOUNT_LIMIT_CENTS, 'must be at most 1,000,000.00 EUR')

export const pinSchema = z.string().regex(/^\d{4,8}$/, 'must be 4 to 8 digits')

export const hashedPinSchema = z.strictObject({ salt: z.string().min(1), hash: z.string().min(1) })

export const lanDisplayPortSchema = z
  .number()
  .int('must be a whole number')
  .min(1024, 'must be between 1024 and 65535')
  .max(65535, 'must be between 1024 and 65535')

export const pairingCodeSchema = z.string().regex(/^\d{6}$/)

export const paidScreenSecondsSchema = z
  .number()
  .int('must be a whole number of seconds')
  .min(1, 'must be at least 1 second')
  .max(60, 'must be at most 60 seconds')

export const linkDefaultsSchema = z.strictObject({
  callbackUrl: callbackUrlSchema,
  paymentEndpoint: paymentEndpointSchema,
  cancellable: z.boolean(),
  bankTransfer: z.boolean(),
  bankStatementDescription: bankStatementDescriptionSchema,
  noteTemplate: noteTemplateSchema
})
