import type {
  EntryMode,
  Language,
  NumberRange,
  PublicSettings,
  SettingField,
  SettingsLimits,
  SettingsPatch
} from '../../../src-preload/contract'
import { centsToEuroInput, parseEuroInput } from './euro-input'

/**
 * The settings form as typed: everything but the environment and key, which save on their own.
 * Numbers stay text until they are saved.
 */
export interface SettingsDraft {
  callbackUrl: string
  paymentEndpoint: string
  cancellable: boolean
  bankTransfer: boolean
  bankStatementDescription: string
  noteTemplate: string
  maxAmountEuros: string
  entryMode: EntryMode
  language: Language
  deviceName: string
  paidSound: boolean
  paidScreenSeconds: string
  tillsOnKey: string
  customerWindow: boolean
  lanDisplay: boolean
  lanDisplayPort: string
  slowCheckAfterHours: string
}

/** A form field's change handler for one draft value. */
export type DraftChange = <K extends keyof SettingsDraft>(key: K) => (value: SettingsDraft[K]) => void

export function draftFromSettings(settings: PublicSettings): SettingsDraft {
  return {
    ...settings.linkDefaults,
    maxAmountEuros: centsToEuroInput(settings.maxAmountCents, settings.language),
    entryMode: settings.entryMode,
    language: settings.language,
    deviceName: settings.deviceName,
    paidSound: settings.paidSound,
    paidScreenSeconds: String(settings.paidScreenSeconds),
    tillsOnKey: String(settings.tillsOnKey),
    customerWindow: settings.customerWindow,
    lanDisplay: settings.lanDisplay,
    lanDisplayPort: String(settings.lanDisplayPort),
    slowCheckAfterHours: String(settings.slowCheckAfterHours)
  }
}

/** A whole number as typed within main's range, or null. */
function parseWholeNumber(text: string, range: NumberRange): number | null {
  if (!/^\d{1,9}$/.test(text.trim())) return null
  const value = Number.parseInt(text.trim(), 10)
  return value >= range.min && value <= range.max ? value : null
}

/**
 * The patch to save, or the first number field the form can already tell main would refuse, judged by the limits
 * main sent. Everything else main checks when the patch arrives, answering `invalid_request` for the field.
 */
export function patchFromDraft(
  draft: SettingsDraft,
  limits: SettingsLimits
): { patch: SettingsPatch } | { invalid: SettingField } {
  const maxAmountCents = parseEuroInput(draft.maxAmountEuros)
  const { min, max } = limits.maxAmountCents
  if (maxAmountCents === null || maxAmountCents < min || maxAmountCents > max) return { invalid: 'maxAmountCents' }
  const paidScreenSeconds = parseWholeNumber(draft.paidScreenSeconds, limits.paidScreenSeconds)
  if (paidScreenSeconds === null) return { invalid: 'paidScreenSeconds' }
  const tillsOnKey = parseWholeNumber(draft.tillsOnKey, limits.tillsOnKey)
  if (tillsOnKey === null) return { invalid: 'tillsOnKey' }
  const slowCheckAfterHours = parseWholeNumber(draft.slowCheckAfterHours, limits.slowCheckAfterHours)
  if (slowCheckAfterHours === null) return { invalid: 'slowCheckAfterHours' }
  // The port field shows only while the LAN display is on; a half-typed port there does not block saving.
  const lanDisplayPort = parseWholeNumber(draft.lanDisplayPort, limits.lanDisplayPort)
  if (lanDisplayPort === null && draft.lanDisplay) return { invalid: 'lanDisplayPort' }
  return {
    patch: {
      linkDefaults: {
        callbackUrl: draft.callbackUrl,
        paymentEndpoint: draft.paymentEndpoint,
        cancellable: draft.cancellable,
        bankTransfer: draft.bankTransfer,
        bankStatementDescription: draft.bankStatementDescription,
        noteTemplate: draft.noteTemplate
      },
      maxAmountCents,
      entryMode: draft.entryMode,
      language: draft.language,
      deviceName: draft.deviceName,
      paidSound: draft.paidSound,
      paidScreenSeconds,
      tillsOnKey,
      slowCheckAfterHours,
      customerWindow: draft.customerWindow,
      lanDisplay: draft.lanDisplay,
      ...(lanDisplayPort === null ? {} : { lanDisplayPort })
    }
  }
}
