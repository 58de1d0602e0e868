import type { Language } from '../../src-preload/contract'
import { defaultEditableSettings } from '../../src-preload/contract/settings-defaults'
import { generatePairingCode } from '../customer-display/pairing-code'
import { NO_WRONG_PINS, type StoredSettings } from './stored-settings-schema'
import { generateTillId, machineFingerprint } from './till-id'

export const SETTINGS_VERSION = 1

/** A fresh install: Demo mode, so the counter works before any account exists. */
export function defaultSettings(language: Language = 'en', machine: string = machineFingerprint()): StoredSettings {
  return {
    version: SETTINGS_VERSION,
    tillId: generateTillId(),
    tillMachine: machine,
    ...defaultEditableSettings(language),
    settingsPin: null,
    pinGuard: NO_WRONG_PINS,
    pairingCode: generatePairingCode(),
    apiKey: null
  }
}
