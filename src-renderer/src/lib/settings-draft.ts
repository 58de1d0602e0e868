import type { EntryMode, Language, PublicSettings, SettingsPatch } from '../../../src-preload/contract'
import { centsToEuroInput, parseEuroInput } from './euro-input'

/**
 * The settings form as typed: everything but the environment and key, which save on their own.
 * The maximum amount stays text until it is saved.
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
}

export function draftFromSettings(settings: PublicSettings): SettingsDraft {
  return {
    ...settings.linkDefaults,
    maxAmountEuros: centsToEuroInput(settings.maxAmountCents, settings.language),
    entryMode: settings.entryMode,
    language: settings.language,
    deviceName: settings.deviceName
  }
}

/** The patch to save, or null when the maximum amount is not a euro amount. Everything else main validates. */
export function patchFromDraft(draft: SettingsDraft): SettingsPatch | null {
  const maxAmountCents = parseEuroInput(draft.maxAmountEuros)
  if (maxAmountCents === null) return null
  return {
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
    deviceName: draft.deviceName
  }
}
