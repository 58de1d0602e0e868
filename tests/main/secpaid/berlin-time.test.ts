import { describe, expect, it } from 'vitest'

import { berlinInstant, berlinInstants, berlinWallTime } from '../../../src-main/secpaid/berlin-time'

const QUARTER_HOUR_MS = 15 * 60_000

describe('SecPaid’s Berlin wall times read back as instants', () => {
  it('every quarter hour around both of 2026’s clock changes reads back to the instant it was written from', () => {
    // Spring forward on 29 March; back on 25 October, whose repeated hour is read as the second (winter) one.
    for (const dayStart of [Date.parse('2026-03-28T12:00:00Z'), Date.parse('2026-10-24T12:00:00Z')]) {
      for (let at = dayStart; at < dayStart + 36 * 3_600_000; at += QUARTER_HOUR_MS) {
        const wall = berlinWallTime(new Date(at))
        const repeatedHour = wall.startsWith('2026-10-25 02:') && at < Date.parse('2026-10-25T01:00:00Z')
        expect([wall, berlinInstant(wall)]).toEqual([wall, repeatedHour ? at + 3_600_000 : at])
      }
    }
  })

  it('names both instants of the hour Berlin lives twice, and one for every other quarter hour', () => {
    for (let at = Date.parse('2026-10-24T12:00:00Z'); at < Date.parse('2026-10-26T00:00:00Z'); at += QUARTER_HOUR_MS) {
      const wall = berlinWallTime(new Date(at))
      const instants = berlinInstants(wall)
      expect(instants).toContain(at)
      expect(instants).toHaveLength(wall.startsWith('2026-10-25 02:') ? 2 : 1)
    }
    expect(berlinInstants('2026-10-25 02:30:00')).toEqual([
      Date.parse('2026-10-25T00:30:00Z'),
      Date.parse('2026-10-25T01:30:00Z')
    ])
    expect(berlinInstants('2026-03-29 02:30:00')).toEqual([])
    expect(berlinInstants('yesterday')).toEqual([])
  })

  it('reads summer and winter times with their own offsets', () => {
    expect(berlinInstant('2026-07-01 14:00:00')).toBe(Date.parse('2026-07-01T12:00:00Z'))
    expect(berlinInstant('2026-01-15 00:30:00')).toBe(Date.parse('2026-01-14T23:30:00Z'))
  })

  it('answers null for text that is no date and time', () => {
    for (const text of ['', 'yesterday', '2026-02-30 10:00:00', '2026-11-02', '2026-11-02 25:00:00']) {
      expect(berlinInstant(text)).toBeNull()
    }
  })
})
