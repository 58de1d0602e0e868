import type { Language } from '../../../../src-preload/contract'
import { LOCALES } from '../words/i18n'

const formatters = new Map<Language, Intl.DateTimeFormat>()

/** An ISO time as the language writes a date and time: "27.11.2026, 09:15" / "27 Nov 2026, 09:15". */
export function formatDateTime(iso: string, language: Language): string {
  let formatter = formatters.get(language)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' })
    formatters.set(language, formatter)
  }
  return formatter.format(new Date(iso))
}
