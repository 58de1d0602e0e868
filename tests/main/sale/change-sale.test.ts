import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { LinkView, SaleChange, SaleComposition, TodaySummary } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { journalRows } from '../../support/journal-rows'

const COFFEE = { kind: 'product', productId: 'coffee', quantity: 2 } as const
const CAKE = { kind: 'product', productId: 'cake', quantity: 1 } as const
const TYPED = { kind: 'amount', amountCents: 105 } as const
const THREE_LINES: SaleComposition = { lines: [COFFEE, CAKE, TYPED], tip: { kind: 'percent', percent: 10 } }

describe('changing a sale after its QR: main cancels the link safely and answers the sale it journaled', () => {
  let opened: DemoBackend

  beforeEach(async () => {
    opened = await openDemoBackend()
    const offered = await opened.call('updateSettings', {
      products: [
        { id: 'coffee', name: 'Coffee', priceCents: 250, colour: '' },
        { id: 'cake', name: 'Cake', priceCents: 320, colour: '' }
      ],
      tips: { enabled: true, percentPresets: [10], roundUp: true }
    })
    expect(offered.ok).toBe(true)
  })
  afterEach(async () => {
    await opened.close()
  })

  const journalLines = () => journalRows(opened.booksPath).map((row) => JSON.parse(row.line) as Record<string, unknown>)
  const statusesOf = (reference: string | null) =>
    journalLines()
      .filter((line) => line.reference === reference)
      .map((line) => line.type)
  const deletes = () => opened.demo.requestLog().filter((request) => request.endpoint === 'deleteLink')

  async function charge(request: unknown): Promise<LinkView> {
    const charged = await opened.call<LinkView>('charge', request)
    if (!charged.ok) throw new Error(`charge refused: ${JSON.stringify(charged.error)}`)
    return charged.value
  }

  it('deletes the old link at SecPaid and answers its lines, quantities, tip and note as journaled', async () => {
    const old = await charge({ sale: THREE_LINES, note: 'Table 4' })
    const changed = await opened.call<SaleChange>('changeSale', { linkId: old.linkId })

    expect(changed).toEqual({
      ok: true,
      // A typed line comes back with the VAT rate main charged it at (the default rate here).
      value: {
        reference: old.reference,
        charge: {
          sale: { ...THREE_LINES, lines: [COFFEE, CAKE, { ...TYPED, vatRate: 19 }] },
          note: 'Table 4'
        }
      }
    })
    expect(deletes().map((request) => request.status)).toEqual([200])
    expect(opened.demo.links().map((link) => link.id)).not.toContain(old.linkId)
    expect(statusesOf(old.reference)).toEqual(['creating', 'created', 'cancelled'])
  })

  it('charges the changed sale as a new link and sale that names the old one; the books count one paid sale', async () => {
    const old = await charge({ sale: THREE_LINES, note: 'Table 4' })
    const changed = await opened.call<SaleChange>('changeSale', { linkId: old.linkId })
    if (!changed.ok || !('sale' in changed.value.charge)) throw new Error('not changed')
    const { sale, note } = changed.value.charge
    const fewer = { ...sale, lines: sale.lines.filter((line) => line.kind !== 'amount') }

    const renewed = await charge({ sale: fewer, note, replaces: changed.value.reference })

    expect(renewed.linkId).not.toBe(old.linkId)
    expect(renewed.reference).not.toBe(old.reference)
    // The next sale number of the day: the reference's last part is new.
    expect(renewed.reference?.slice(0, -4)).toBe(old.reference?.slice(0, -4))
    expect(Number(renewed.reference?.slice(-4))).toBe(Number(old.reference?.slice(-4)) + 1)
    // 2 × 2.50 + 3.20 = 8.20, 10 % = 0.82
    expect(renewed.amountCents).toBe(902)
    const creating = journalLines().find((line) => line.type === 'creating' && line.reference === renewed.reference)
    expect(creating).toMatchObject({ replaces: old.reference, tip: { kind: 'percent', percent: 10 }, tipCents: 82 })

    expect(opened.demo.markPaid(renewed.linkId)).toBe(true)
    expect(opened.backend.sales.recordOutcome(renewed.linkId, 'paid')).not.toBeNull()
    const summary = await opened.call<TodaySummary>('todaySummary', {})
    expect(summary).toMatchObject({ ok: true, value: { paidCount: 1, paidCents: 902, cancelledCount: 1 } })
    expect(statusesOf(old.reference)).toEqual(['creating', 'created', 'cancelled'])
  })

  it('answers a plain amount as the amount with its note', async () => {
    const old = await charge({ amountCents: 450, note: 'Bar' })
    expect(await opened.call('changeSale', { linkId: old.linkId })).toEqual({
      ok: true,
      value: { reference: old.reference, charge: { amountCents: 450, vatRate: 19, note: 'Bar' } }
    })
  })

  it('a link the customer paid meanwhile answers already_paid, is booked paid, and restores nothing', async () => {
    const old = await charge({ sale: THREE_LINES })
    expect(opened.demo.markPaid(old.linkId)).toBe(true)

    expect(await opened.call('changeSale', { linkId: old.linkId })).toEqual({
      ok: false,
      error: { code: 'already_paid', linkId: old.linkId }
    })
    expect(statusesOf(old.reference)).toEqual(['creating', 'created', 'paid'])
    expect(opened.demo.links().map((link) => link.status)).toEqual(['Used'])

    // Nothing was changed, so a charge cannot claim to replace it.
    const next = await charge({ sale: THREE_LINES, replaces: old.reference })
    const creating = journalLines().find((line) => line.type === 'creating' && line.reference === next.reference)
    expect(creating).not.toHaveProperty('replaces')
  })

  it('a cancel SecPaid cannot confirm (unreachable) leaves the sale waiting and restores nothing', async () => {
    const old = await charge({ sale: THREE_LINES })
    opened.demo.injectFaults('connectionReset', 1, 'deleteLink')

    const changed = await opened.call('changeSale', { linkId: old.linkId })

    expect(changed).toMatchObject({ ok: false, error: { code: 'unreachable' } })
    expect(statusesOf(old.reference)).toEqual(['creating', 'created'])
    expect(opened.demo.links().map((link) => [link.id, link.status])).toEqual([[old.linkId, 'Unused']])
  })

  it('a link this till did not journal has nothing to put back: link_not_found, nothing deleted', async () => {
    expect(await opened.call('changeSale', { linkId: 42 })).toEqual({ ok: false, error: { code: 'link_not_found' } })
    expect(deletes()).toEqual([])
  })

  it('a charge naming a sale that was only cancelled, not changed, records no replacement', async () => {
    const old = await charge({ amountCents: 300 })
    expect((await opened.call('cancelSale', { linkId: old.linkId })).ok).toBe(true)
    const next = await charge({ amountCents: 300, replaces: old.reference })
    const creating = journalLines().find((line) => line.type === 'creating' && line.reference === next.reference)
    expect(creating).not.toHaveProperty('replaces')
  })
})
