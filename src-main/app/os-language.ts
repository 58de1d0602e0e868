/** The app's language for an operating-system locale such as `de-AT` or `en-US`: German for German, else English. */
export function languageOfLocale(locale: string): 'de' | 'en' {
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en'
}
