import type { Language } from '../../../../src-preload/contract'
import { LOCALES } from '../words/i18n'

const dayFormats = new Map<Language, Intl.DateTimeFormat>()

/**
 * A calendar day as main sends it (yyyy-MM-dd or yyyyMMdd, the counter's local day) written out for the cashier:
 * "Saturday, 22 November 2026", "Samstag, 22. November 2026". Null for anything else.
 */
export function formatDay(day: string, language: Language): string | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(day)
  if (match === null) return null
  // Noon UTC, formatted in UTC: the same calendar day whatever the computer's time zone.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))
  if (Number.isNaN(date.getTime())) return null
  let format = dayFormats.get(language)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeZone: 'UTC' })
    dayFormats.set(language, format)
  }
  return format.format(date)
}
