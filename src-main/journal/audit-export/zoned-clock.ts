import { wallClockFormat } from '../../wall-clock-format'

/** A moment's local calendar day (YYYY-MM-DD) and time (HH:MM:SS) in one time zone. */
export interface LocalMoment {
  day: string
  time: string
}

const QUARTER_HOUR_MS = 900_000

/** True when `timeZone` is an IANA zone this runtime knows ("Europe/Berlin"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * Local day and time of moments in `timeZone`, whatever the machine's own zone. Asking Intl for every row of a year
 * would take seconds, so the zone's offset is asked once per quarter hour of UTC (offsets change only on quarter
 * hours) and the wall time computed from it.
 */
export function zonedClock(timeZone: string): (ms: number) => LocalMoment {
  const format = wallClockFormat(timeZone)
  const offsets = new Map<number, number>()
  const offsetAt = (ms: number): number => {
    const quarter = Math.floor(ms / QUARTER_HOUR_MS)
    let offset = offsets.get(quarter)
    if (offset === undefined) {
      const start = quarter * QUARTER_HOUR_MS
      const part = Object.fromEntries(format.formatToParts(start).map(({ type, value }) => [type, Number(value)]))
      const wall = Date.UTC(part.year ?? 0, (part.month ?? 1) - 1, part.day, part.hour, part.minute, part.second)
      offset = wall - start
      offsets.set(quarter, offset)
    }
    return offset
  }
  const pad = (value: number) => String(value).padStart(2, '0')
  return (ms) => {
    const wall = new Date(ms + offsetAt(ms))
    return {
      day: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
      time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`
    }
  }
}

/** YYYY-MM-DD as DD.MM.YYYY, the Beschreibungsstandard's date format. */
export const auditDate = (day: string): string => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`
