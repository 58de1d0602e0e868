import type { Language } from '../../../../../src-preload/contract/locale'

/**
 * What the customer reads for the same event on the cashier's screen and on the customer display: one source for
 * both builds (the display page imports this file), so the two never say a payment differently.
 */
export const CUSTOMER_WORDS = {
  en: {
    scanToPay: 'Scan to pay',
    paidThanks: 'Paid – thank you'
  },
  de: {
    scanToPay: 'Zum Bezahlen scannen',
    paidThanks: 'Bezahlt – danke'
  }
} as const satisfies Record<Language, Record<string, string>>
