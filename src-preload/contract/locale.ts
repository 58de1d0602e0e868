/**
 * The one locale module: the app's languages, and how each writes money, its decimal separator and the local day.
 * Main, the renderer and the customer display page (its own ES2017 build) all import it, so each of these is decided
 * in one place. A third language is one entry in `LOCALES` and a dictionary of words in each build.
 *
 * Plain ES2017 with Intl, no imports: the display page targets browsers far older than Electron's.
 */

/** The BCP 47 locale each app language formats money, numbers, plurals and dates with. */
export const LOCALES = { de: 'de-DE', en: 'en-IE' } as const

export type Language = keyof typeof LOCALES

/** Every app language, in the order a language picker lists them. */
export const LANGUAGES = Object.keys(LOCALES) as [Language, ...Language[]]

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(LOCALES, value)

/**
 * Integer cents as a decimal number written from its digits, never by dividing by 100: 4999 → "49.99", -5 → "-0.05".
 * The dot is the wire's (SecPaid's amounts, Intl's input); people's text takes `decimalSeparator(language)`.
 */
export function centsToDecimal(cents: number, separator = '.'): string {
  let digits = String(Math.abs(Math.trunc(cents)))
  while (digits.length < 3) digits = '0' + digits
  return (cents < 0 ? '-' : '') + digits.slice(0, -2) + separator + digits.slice(-2)
}

const formatters: { [key: string]: Intl.NumberFormat } = {}

/** The euro formatter of a language with `fractionDigits` decimals, made once per process. */
export function euroFormat(language: Language, fractionDigits = 2): Intl.NumberFormat {
  const key = `${language}:${fractionDigits}`
  let formatter = formatters[key]
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(LOCALES[language], {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits
    })
    formatters[key] = formatter
  }
  return formatter
}

/**
 * Integer cents as money text: de → "49,99 €", en → "€49.99". Intl gets the decimal string built from the digits;
 * browsers with Intl.NumberFormat v3 format it exactly, older ones read the nearest double, which still rounds back to
 * the same two decimals for any amount below 2^53 / 100 cents.
 */
export function formatCents(cents: number, language: Language): string {
  // ES2017's typings accept only numbers; a string is valid input to format() in every browser.
  return euroFormat(language).format(centsToDecimal(cents) as unknown as number)
}

/** The decimal separator the language writes money with ("," in German, "." in English), as Intl says. */
export function decimalSeparator(language: Language): string {
  const match = /1(\D+)5/.exec(euroFormat(language, 1).format(1.5))
  return match?.[1] ?? '.'
}

const pad = (value: number) => (value < 10 ? '0' : '') + String(value)

/** The local calendar day (YYYY-MM-DD) of a moment, on this machine's clock and time zone: the day it was sold on. */
export const localDay = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
