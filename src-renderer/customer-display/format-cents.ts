import type { DisplayLanguage } from './display-texts'

const LOCALES: Record<DisplayLanguage, string> = { de: 'de-DE', en: 'en-IE' }

/**
 * Integer cents as euros in the display's language, handed to Intl as a decimal string built from the digits, never
 * by dividing by 100. Browsers with Intl.NumberFormat v3 format the string exactly; older ones read it as the
 * nearest double, which still rounds back to the same two decimals for any amount below 2^53 / 100 cents.
 */
export function formatCents(cents: number, language: DisplayLanguage): string {
  let digits = String(cents)
  while (digits.length < 3) digits = '0' + digits
  const decimal = digits.slice(0, -2) + '.' + digits.slice(-2)
  // ES2017's typings accept only numbers; a string is valid input to format() in every browser.
  const amount = decimal as unknown as number
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }).format(amount)
}
