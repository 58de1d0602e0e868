import type { Language } from '../../src-preload/contract/locale'
import { CUSTOMER_WORDS } from '../src/lib/words/messages/customer-words'

export type DisplayLanguage = Language

/**
 * Every sentence the customer display shows, in both languages; the counter sends only the language. The words for
 * a payment (scan, paid) are the cashier's Paid and QR screens' own (CUSTOMER_WORDS).
 */
export const DISPLAY_TEXTS = {
  en: {
    connecting: 'Connecting to the counter…',
    pairingTitle: 'Enter the pairing code',
    pairingHint: 'The six-digit code is shown in the counter’s settings.',
    connect: 'Connect',
    wrongCode: 'Wrong pairing code',
    tooManyCodes: 'Too many wrong codes – try again in a minute',
    pairingPaused: 'Pairing is stopped at the counter – please ask the staff',
    welcome: 'Welcome',
    ...CUSTOMER_WORDS.en,
    qrAlt: 'QR code of the payment link',
    tipIncluded: 'Tip included:',
    demoNotice: 'Demo – nothing is charged',
    cartTitle: 'Your order',
    amountLine: 'Amount',
    discount: 'Discount',
    tip: 'Tip',
    total: 'Total',
    changingTitle: 'Please wait – the amount is being changed',
    changingCancelled: 'The payment code shown before was cancelled. Please do not use it.',
    changingChanged: 'The order is being changed. A new payment code follows.',
    changingExpired: 'The payment code shown before is no longer valid. Please do not use it.',
    wifiJoin: 'No mobile data? Join our Wi-Fi',
    wifiAlt: 'QR code to join the shop’s Wi-Fi'
  },
  de: {
    connecting: 'Verbindung zur Kasse …',
    pairingTitle: 'Kopplungscode eingeben',
    pairingHint: 'Den sechsstelligen Code zeigen die Einstellungen der Kasse.',
    connect: 'Verbinden',
    wrongCode: 'Falscher Kopplungscode',
    tooManyCodes: 'Zu viele falsche Codes – bitte in einer Minute erneut versuchen',
    pairingPaused: 'Koppeln ist an der Kasse angehalten – bitte beim Personal fragen',
    welcome: 'Willkommen',
    ...CUSTOMER_WORDS.de,
    qrAlt: 'QR-Code des Zahlungslinks',
    tipIncluded: 'inkl. Trinkgeld:',
    demoNotice: 'Demo – es wird nichts berechnet',
    cartTitle: 'Ihre Bestellung',
    amountLine: 'Betrag',
    discount: 'Rabatt',
    tip: 'Trinkgeld',
    total: 'Summe',
    changingTitle: 'Bitte warten – der Betrag wird geändert',
    changingCancelled: 'Der zuvor gezeigte Zahlungscode wurde storniert. Bitte nicht mehr verwenden.',
    changingChanged: 'Die Bestellung wird geändert. Ein neuer Zahlungscode folgt.',
    changingExpired: 'Der zuvor gezeigte Zahlungscode ist nicht mehr gültig. Bitte nicht mehr verwenden.',
    wifiJoin: 'Kein mobiles Internet? Nutzen Sie unser WLAN',
    wifiAlt: 'QR-Code für das WLAN des Geschäfts'
  }
} satisfies Record<DisplayLanguage, Record<string, string>>

export type DisplayTextKey = keyof (typeof DISPLAY_TEXTS)['en']

export const isDisplayTextKey = (key: string | null): key is DisplayTextKey =>
  key !== null && Object.prototype.hasOwnProperty.call(DISPLAY_TEXTS.en, key)
