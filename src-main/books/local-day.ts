import { localDay } from '../../src-preload/contract/locale'

export { localDay }

const pad = (value: number) => String(value).padStart(2, '0')

/** HH:mm:ss in local time. */
export const localTime = (date: Date): string =>
  `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`

/** Every day from `from` to `to`, both included (calendar arithmetic in UTC, so no clock change skips a day). */
export function daysFromTo(from: string, to: string): string[] {
  const days: string[] = []
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10))
  }
  return days
}

/** The moment a local calendar day (YYYY-MM-DD) begins, in ms: its midnight in this machine's time zone. */
export function localDayStartMs(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  return new Date(year, month - 1, date).getTime()
}

/** The day after a YYYY-MM-DD day. */
export const dayAfter = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
