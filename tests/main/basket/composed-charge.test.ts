import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseJournalLine } from '../../../src-main/journal/journal-line-schema'
import type { LinkView, SaleComposition } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { journalRows, journalText } from '../../support/journal-rows'
import type { TestSecPaid } from '../../support/test-secpaid'

const COFFEE = { kind: 'product', productId: 'coffee', quantity: 2 } as const
const CAKE = { kind: 'product', productId: 'cake', quantity: 1 } as const

describe('a composed sale is quoted and charged by main, through the handlers, against the simulator', () => {
  let opened: DemoBackend
  let demo: TestSecPaid

  beforeAll(async () => {
    opened = await openDemoBackend()
    demo = opened.demo
    // Main prices product lines from these, and accepts only the tips offered here.
    const offered = await opened.call('updateSettings', {
      products: [
        { id: 'coffee', name: 'Coffee', priceCents: 250, colour: '' },
        { id: 'cake', name: 'Cake', priceCents: 320, colour: '' }
      ],
      tips: { enabled: true, percentPresets: [10], roundUp: true }
    })
    expect(offered.ok).toBe(true)
  })
  afterAll(async () => {
    await opened.close()
  })

  const call = (channel: string, request: unknown) => opened.call(channel, request)
  const journalLines = () =>
    journalText(opened.booksPath)
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)

  it('quoteSale answers the figures and asks SecPaid nothing', async () => {
    const sale: SaleComposition = {
      lines: [COFFEE, CAKE, { kind: 'amount', amountCents: 105 }],
      tip: { kind: 'round_up' }
    }
    const before = demo.requestCount()
    expect(await call('quoteSale', sale)).toMatchObject({
      ok: true,
      value: { subtotalCents: 925, tipCents: 75, totalCents: 1000 }
    })
    expect(demo.requestCount()).toBe(before)
  })

  it('charges the total main computed, with items in the note and lines and tip in the journal', async () => {
    const sale: SaleComposition = { lines: [COFFEE, CAKE], tip: { kind: 'percent', percent: 10 } }
    const charged = await call('charge', { sale, note: 'Table 4' })
    expect(charged.ok).toBe(true)
    if (!charged.ok) return
    const link = charged.value as LinkView
    // 2 × 2.50 + 3.20 = 8.20; 10 % = 0.82
    expect(link.amountCents).toBe(902)
    const stored = demo.links().find((candidate) => candidate.id === link.linkId)
    expect(stored).toMatchObject({ amountCents: 902, recipientNote: `${link.reference} Table 4 2×Coffee, 1×Cake` })
    const creating = journalLines().find((line) => line.type === 'creating' && line.reference === link.reference)
    expect(creating).toMatchObject({
      amountCents: 902,
      tipCents: 82,
      items: [
        { productId: 'coffee', name: 'Coffee', unitCents: 250, quantity: 2, totalCents: 500 },
        { productId: 'cake', name: 'Cake', unitCents: 320, quantity: 1, totalCents: 320 }
      ]
    })
    const read = { events: journalRows(opened.booksPath).flatMap((row) => parseJournalLine(row.line) ?? []) }
    expect(read.events.find((event) => event.reference === link.reference && event.type === 'creating')).toMatchObject({
      tipCents: 82
    })
  })

  it('still charges a plain amount, whose journal line has neither items nor tip', async () => {
    const charged = await call('charge', { amountCents: 450 })
    expect(charged.ok).toBe(true)
    if (!charged.ok) return
    const creating = journalLines().find(
      (line) => line.type === 'creating' && line.reference === (charged.value as LinkView).reference
    )
    expect(creating).not.toHaveProperty('items')
    expect(creating).not.toHaveProperty('tipCents')
  })

  it('refuses a composed sale breaking a rule before anything is journaled or sent', async () => {
    const linesBefore = journalLines().length
    const requestsBefore = demo.requestCount()
    expect(await call('charge', { sale: { lines: [{ ...COFFEE, quantity: 1000 }], tip: { kind: 'none' } } })).toEqual({
      ok: false,
      error: { code: 'sale_invalid', problem: 'quantity_out_of_range', limit: 999 }
    })
    expect(await call('charge', { sale: { lines: [COFFEE], tip: { kind: 'percent', percent: 51 } } })).toEqual({
      ok: false,
      error: { code: 'invalid_request', field: 'sale.tip.percent' }
    })
    expect(await call('charge', { sale: { lines: [{ ...COFFEE, quantity: 2.5 }], tip: { kind: 'none' } } })).toEqual({
      ok: false,
      error: { code: 'invalid_request', field: 'sale.lines.0.quantity' }
    })
    expect(journalLines().length).toBe(linesBefore)
    expect(demo.requestCount()).toBe(requestsBefore)
  })
})
