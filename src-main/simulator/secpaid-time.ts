const BERLIN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
})

/** SecPaid's timestamps where no zone is documented: "2026-05-20 11:19:48", German local time (ServerTime "CEST"). */
export function formatSecPaidTime(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    BERLIN.formatToParts(date).find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
}

export const secPaidDate = (date: Date): string => formatSecPaidTime(date).slice(0, 10)

/** The same format in UTC, as createLink's `created_at` is documented. */
export const formatUtcTime = (date: Date): string => date.toISOString().slice(0, 19).replace('T', ' ')
