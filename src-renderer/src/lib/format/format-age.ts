import type { Language } from '../../../../src-preload/contract'
import { LOCALES } from '../words/i18n'

const formats = new Map<Language, Intl.RelativeTimeFormat>()

/**
 * How long ago something happened, as a person says it: "now", "5 minutes ago", "3 hours ago", "2 days ago"
 * ("jetzt", "vor 5 Minuten", …). Null for a time that cannot be read.
 */
export function formatAge(isoTime: string, now: number, language: Language): string | null {
  const at = Date.parse(isoTime)
  if (Number.isNaN(at)) return null
  let format = formats.get(language)
  if (format === undefined) {
    format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto', style: 'long' })
    formats.set(language, format)
  }
  const minutes = Math.max(0, Math.floor((now - at) / 60_000))
  if (minutes < 60) return format.format(-minutes, 'minute')
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return format.format(-hours, 'hour')
  return format.format(-Math.floor(hours / 24), 'day')
}
