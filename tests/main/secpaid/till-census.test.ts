import { describe, expect, it } from 'vitest'

import { tillReader } from '../../../src-main/sale/reference-till'
import { createTillCensus, TILL_ACTIVE_FOR_MS } from '../../../src-main/secpaid/till-census'
import { DEFAULT_NOTE_TEMPLATE } from '../../../src-preload/contract/settings-defaults'

const link = (id: number, till: string) => ({
  id,
  recipientNote: `POS-${till}-20261207-${String(id).padStart(4, '0')}`
})

describe('the tills counted on one key from the links listed', () => {
  const open = () => {
    let now = 1_000_000
    const census = createTillCensus({
      clock: { now: () => now },
      ownTill: () => 'aaaaa',
      tillOf: tillReader(DEFAULT_NOTE_TEMPLATE)
    })
    return { census, pass: (ms: number) => (now += ms) }
  }

  it('counts this till alone until another till’s link shows, and never its own links twice', () => {
    const { census } = open()
    expect(census.count()).toBe(1)
    census.observe([link(1, 'aaaaa'), link(2, 'aaaaa')], true)
    expect(census.count()).toBe(1)
    census.observe([link(3, 'bbbbb'), link(4, 'ccccc'), { id: 5, recipientNote: 'typed by hand' }], true)
    expect(census.count()).toBe(3)
  })

  it('a till drops out a minute after its last new link, unless a recent link of it is still pending', () => {
    const { census, pass } = open()
    census.observe([link(3, 'bbbbb')], true)
    census.observe([link(4, 'ccccc')], false)
    pass(TILL_ACTIVE_FOR_MS - 1000)
    // b's link is still pending (a QR up); c's paid link is old news.
    census.observe([link(3, 'bbbbb')], true)
    census.observe([link(4, 'ccccc')], false)
    pass(2000)
    expect(census.count()).toBe(2)
    // b's customer paid: its link left the pending list.
    census.observe([], true)
    pass(TILL_ACTIVE_FOR_MS)
    expect(census.count()).toBe(1)
  })

  it('a link left pending for more than five minutes no longer keeps its till counted', () => {
    const { census, pass } = open()
    census.observe([link(3, 'bbbbb')], true)
    for (let minute = 0; minute < 6; minute += 1) {
      pass(60_000)
      census.observe([link(3, 'bbbbb')], true)
    }
    pass(TILL_ACTIVE_FOR_MS)
    expect(census.count()).toBe(1)
  })
})
