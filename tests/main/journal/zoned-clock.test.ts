import { describe, expect, it } from 'vitest'

import { zonedClock } from '../../../src-main/journal/audit-export/zoned-clock'
import { wallClockFormat } from '../../../src-main/wall-clock-format'

/** Intl's own answer for one moment: what the cached offsets must agree with. */
function intlMoment(ms: number, timeZone: string) {
  const parts = wallClockFormat(timeZone).formatToParts(ms)
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? ''
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}:${part('second')}`
  }
}

describe('local day and time in a time zone', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29T00:00:00Z'],
    ['Europe/Berlin', '2026-10-24T23:00:00Z'],
    ['America/New_York', '2026-11-01T04:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T14:00:00Z'],
    ['Asia/Kathmandu', '2026-06-30T18:00:00Z']
  ])('agrees with Intl around %s clock changes (%s), second by odd second', (timeZone, start) => {
    const localOf = zonedClock(timeZone)
    const from = Date.parse(start)
    for (let ms = from; ms < from + 4 * 3_600_000; ms += 67_000) {
      expect(localOf(ms), new Date(ms).toISOString()).toEqual(intlMoment(ms, timeZone))
    }
  })
})
