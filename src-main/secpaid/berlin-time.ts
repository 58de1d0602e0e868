import { wallClockFormat } from '../wall-clock-format'

const BERLIN = wallClockFormat('Europe/Berlin')

/** SecPaid's timestamps where no zone is documented: "2026-05-20 11:19:48", German local time (ServerTime "CEST"). */
export function berlinWallTime(date: Date): string {
  const parts = BERLIN.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
}

/** The date SecPaid files a moment under (getPayInTransactions' `date`). */
export const berlinDate = (date: Date): string => berlinWallTime(date).slice(0, 10)

const WALL_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/

/** A wall time read as if it were UTC, or NaN when it is no real date and time. */
function asUtcMs(date: string, time: string): number {
  const ms = Date.parse(`${date}T${time}Z`)
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === `${date}T${time}` ? ms : Number.NaN
}

/** How far Berlin's clocks are ahead of UTC at an instant. */
function berlinOffsetMs(instantMs: number): number {
  const [date = '', time = ''] = berlinWallTime(new Date(instantMs)).split(' ')
  return asUtcMs(date, time) - Math.floor(instantMs / 1000) * 1000
}

/**
 * The instant a SecPaid timestamp (Berlin wall time) names, in ms, or null when the text is none. The offset is
 * read at the wall time taken as UTC, then again at the instant that gives, which puts it on the right side of a
 * clock change. The hour Berlin lives twice when clocks go back is read as the second (winter) one: SecPaid's text
 * does not say which (see `berlinInstants` for both).
 */
export function berlinInstant(wallTime: string): number | null {
  const match = WALL_TIME.exec(wallTime.trim())
  if (match === null) return null
  const wallAsUtc = asUtcMs(match[1] ?? '', match[2] ?? '')
  if (Number.isNaN(wallAsUtc)) return null
  return wallAsUtc - berlinOffsetMs(wallAsUtc - berlinOffsetMs(wallAsUtc))
}

const HOUR_MS = 3_600_000

/**
 * Every instant a SecPaid timestamp can name, earliest first: one for most, two for the hour Berlin lives twice when
 * clocks go back (summer time's, then winter time's), none for what is no time (or the hour skipped in spring).
 */
export function berlinInstants(wallTime: string): number[] {
  const match = WALL_TIME.exec(wallTime.trim())
  if (match === null) return []
  const wallAsUtc = asUtcMs(match[1] ?? '', match[2] ?? '')
  if (Number.isNaN(wallAsUtc)) return []
  const wall = `${match[1]} ${match[2]}`
  const offsets = new Set([berlinOffsetMs(wallAsUtc - 3 * HOUR_MS), berlinOffsetMs(wallAsUtc + 3 * HOUR_MS)])
  const instants = [...offsets]
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => berlinWallTime(new Date(instant)) === wall)
  return [...new Set(instants)].sort((a, b) => a - b)
}
