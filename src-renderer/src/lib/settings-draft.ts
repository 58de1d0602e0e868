import type { EntryMode, Language, PublicSettings, SettingsPatch } from '../../../src-preload/contract'
import { centsToEuroInput, parseEuroInput } from './euro-input'
import type { MessageKey } from './i18n'

export const PAID_SCREEN_SECONDS_MIN = 1
export const PAID_SCREEN_SECONDS_MAX = 60
/** Below 1024 a port needs administrator rights; main refuses those too. */
export const LAN_PORT_MIN = 1024
export const LAN_PORT_MAX = 65535

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
  customerWindow: boolean
  lanDisplay: boolean
  lanDisplayPort: string
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
    customerWindow: settings.customerWindow,
    lanDisplay: settings.lanDisplay,
    lanDisplayPort: String(settings.lanDisplayPort)
  }
}

function parsePaidScreenSeconds(text: string): number | null {
  if (!/^\d{1,2}$/.test(text.trim())) return null
  const seconds = Number.parseInt(text.trim(), 10)
  return seconds >= PAID_SCREEN_SECONDS_MIN && seconds <= PAID_SCREEN_SECONDS_MAX ? seconds : null
}

function parseLanPort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text.trim())) return null
  const port = Number.parseInt(text.trim(), 10)
  return port >= LAN_PORT_MIN && port <= LAN_PORT_MAX ? port : null
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
  // The port field shows only while the LAN display is on; a half-typed port there does not block saving.
  const lanDisplayPort = parseLanPort(draft.lanDisplayPort)
  if (lanDisplayPort === null && draft.lanDisplay) return { invalid: 'lanDisplayPortInvalid' }
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
      customerWindow: draft.customerWindow,
      lanDisplay: draft.lanDisplay,
      ...(lanDisplayPort === null ? {} : { lanDisplayPort })
    }
  }
}
