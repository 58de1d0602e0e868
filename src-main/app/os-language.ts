import { type Language, LANGUAGES } from '../../src-preload/contract/locale'

/** The app's language for an operating-system locale such as `de-AT` or `en-US`: the one it speaks, else English. */
export function languageOfLocale(locale: string): Language {
  const lower = locale.toLowerCase()
  return LANGUAGES.find((language) => lower === language || lower.startsWith(`${language}-`)) ?? 'en'
}
