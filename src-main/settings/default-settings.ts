import type { Language } from '../../src-preload/contract'
import { generatePairingCode } from '../customer-display/pairing-code'
import { NO_WRONG_PINS, type StoredSettings } from './stored-settings-schema'
import { generateTillId, machineFingerprint } from './till-id'

export const SETTINGS_VERSION = 1

export const DEFAULT_NOTE_TEMPLATE = 'POS-{till}-{yyyyMMdd}-{seq}'

/** A fresh install: Demo mode, so the counter works before any account exists. */
export function defaultSettings(language: Language = 'en', machine: string = machineFingerprint()): StoredSettings {
  return {
    version: SETTINGS_VERSION,
    tillId: generateTillId(),
    tillMachine: machine,
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
    tillsOnKey: 1,
    slowCheckAfterHours: 24,
    shop: { name: '', address: '', vatId: '' },
    receipt: { paper: 'mm80', printerName: '', silentPrint: false, printOnPaid: false },
    products: [],
    tips: { enabled: false, percentPresets: [5, 10, 15], roundUp: true },
    autoLockMinutes: 0,
    autoLockScope: 'everything',
    pinGuard: NO_WRONG_PINS,
    pairingCode: generatePairingCode(),
    apiKey: null
  }
}
