import type { EntryMode, Language, PublicSettings, SettingsPatch } from '../../../src-preload/contract'
import { centsToEuroInput, parseEuroInput } from './euro-input'
import type { MessageKey } from './i18n'

export const PAID_SCREEN_SECONDS_MIN = 1
export const PAID_SCREEN_SECONDS_MAX = 60

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
}

export function draftFromSettings(settings: PublicSettings): SettingsDraft {
  return {
    ...settings.linkDefaults,
    maxAmountEuros: centsToEuroInput(settings.maxAmountCents, settings.language),
    entryMode: settings.entryMode,
    language: settings.language,
    deviceName: settings.deviceName,
    paidSound: settings.paidSound,
    paidScreenSeconds: String(settings.paidScreenSeconds)
  }
}

function parsePaidScreenSeconds(text: string): number | null {
  if (!/^\d{1,2}$/.test(text.trim())) return null
  const seconds = Number.parseInt(text.trim(), 10)
  return seconds >= PAID_SCREEN_SECONDS_MIN && seconds <= PAID_SCREEN_SECONDS_MAX ? seconds : null
}

/**
 * The patch to save, or the message for the first field the form itself can tell is wrong (the numbers).
 * Everything else main validates.
 */
export function patchFromDraft(draft: SettingsDraft): { patch: SettingsPatch } | { invalid: MessageKey } {
  const maxAmountCents = parseEuroInput(draft.maxAmountEuros)
  if (maxAmountCents === null) return { invalid: 'maxAmountInvalid' }
  const paidScreenSeconds = parsePaidScreenSeconds(draft.paidScreenSeconds)
  if (paidScreenSeconds === null) return { invalid: 'paidScreenSecondsInvalid' }
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
      paidScreenSeconds
    }
  }
}
