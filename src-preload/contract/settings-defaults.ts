import type { Language } from './locale'
import type { EditableSettings, TipKind } from './settings'

/** A fresh install's sale reference: this till's own id, the day and a running number. */
export const DEFAULT_NOTE_TEMPLATE = 'POS-{till}-{yyyyMMdd}-{seq}'

/**
 * Whom tips belong to unless the owner says otherwise, and what a sale journaled before tips had a kind counts as:
 * the shop's revenue. Counting a tip as revenue that was passed on overstates the takings (the accountant can move it);
 * the other way round would leave revenue out of the books. A single-person stand's tips are its revenue anyway.
 */
export const DEFAULT_TIP_KIND = 'shop' satisfies TipKind

/**
 * What the owner can change, as a fresh install has it: Demo mode, so the counter works before any account exists.
 * Main starts from these; the renderer's tests stand in for main with the same values.
 */
export function defaultEditableSettings(language: Language = 'en'): EditableSettings {
  return {
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
    customerWindow: false,
    lanDisplay: false,
    lanDisplayPort: 8377,
    tillsOnKey: 1,
    slowCheckAfterHours: 24,
    shop: { name: '', address: '', vatId: '' },
    receipt: { paper: 'mm80', printerName: '', silentPrint: false, printOnPaid: false },
    products: [],
    categories: [],
    tips: { enabled: false, percentPresets: [5, 10, 15], roundUp: true },
    tipKind: DEFAULT_TIP_KIND,
    tax: { rates: [19, 7, 0], defaultRate: 19, smallBusiness: false, taxNumber: '' },
    autoLockMinutes: 0,
    autoLockScope: 'everything',
    customerScreen: { idleMessage: '', wifi: { show: false, ssid: '', password: '' } },
    linkExpiry: { minutes: 0 }
  }
}
