import type { Language } from '../../../../src-preload/contract'
import { LOCALES } from '../words/i18n'

const timeFormats = new Map<Language, Intl.DateTimeFormat>()

/** A moment's local clock time as the cashier reads it ("14:05:09"); the time as sent for one that cannot be read. */
export function formatTime(isoTime: string, language: Language): string {
  const at = new Date(isoTime)
  if (Number.isNaN(at.getTime())) return isoTime
  let format = timeFormats.get(language)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'medium' })
    timeFormats.set(language, format)
  }
  return format.format(at)
}

const shortTimeFormats = new Map<Language, Intl.DateTimeFormat>()

/** A moment's local clock time to the minute ("14:32"), as a banner says it; the time as sent for one unreadable. */
export function formatTimeToMinute(isoTime: string, language: Language): string {
  const at = new Date(isoTime)
  if (Number.isNaN(at.getTime())) return isoTime
  let format = shortTimeFormats.get(language)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short' })
    shortTimeFormats.set(language, format)
  }
  return format.format(at)
}
