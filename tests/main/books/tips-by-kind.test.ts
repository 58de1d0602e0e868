import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { parseJournalLine } from '../../../src-main/journal/journal-line-schema'
import { createSaleIndex } from '../../../src-main/journal/sale-index'
import { saleTipKind, staffTipCents, tipIsRevenue } from '../../../src-main/journal/sale-tip'
import { receiptFor } from '../../../src-main/receipts/receipt-data'
import { migrateSettings } from '../../../src-main/settings/migrate-settings'
import type { DayCloseReport, LinkView, PublicSettings, ReceiptData, SalesRow } from '../../../src-preload/contract'
import { defaultEditableSettings } from '../../../src-preload/contract/settings-defaults'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { journalText } from '../../support/journal-rows'

const COFFEE = { kind: 'product', productId: 'coffee', quantity: 2 } as const

describe('tips by kind: for the staff or for the shop, journaled with each sale', () => {
  let opened: DemoBackend
  const call = <T>(channel: string, request: unknown) => opened.call<T>(channel, request)
  const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' })

  beforeAll(async () => {
    opened = await openDemoBackend({ testing: { watchIntervalMs: 50 } })
    const offered = await call('updateSettings', {
      products: [{ id: 'coffee', name: 'Coffee', priceCents: 250, colour: '' }],
      tips: { enabled: true, percentPresets: [10], roundUp: true }
    })
    expect(offered.ok).toBe(true)
  })
  afterAll(async () => {
    await opened.close()
  })

  /** A sale of two coffees (5.00 €) with a 10 % tip (0.50 €), charged and paid in Demo with the kind set now. */
  const paidSaleWithTip = async (tipKind: 'staff' | 'shop') => {
    expect((await call<PublicSettings>('updateSettings', { tipKind })).ok).toBe(true)
    const charged = await call<LinkView>('charge', { sale: { lines: [COFFEE], tip: { kind: 'percent', percent: 10 } } })
    if (!charged.ok) throw new Error(charged.error.code)
    const { linkId, reference } = charged.value
    await call('watchLink', { linkId })
    await call('simulatePayment', { linkId })
    await vi.waitFor(async () => expect((await call('receiptFor', { reference })).ok).toBe(true), { timeout: 5000 })
    return reference!
  }

  it('a fresh install counts tips as the shop’s revenue, and the owner can choose the staff', async () => {
    const settings = await call<PublicSettings>('getSettings', {})
    expect(settings.ok && settings.value.tipKind).toBe('shop')
    expect(await call('updateSettings', { tipKind: 'cash' })).toMatchObject({ ok: false })
  })

  it('the creating line carries the kind in force then; a later change never rewrites the sale', async () => {
    const reference = await paidSaleWithTip('staff')
    const creating = journalText(opened.booksPath)
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.type === 'creating' && line.reference === reference)
    expect(creating).toMatchObject({ tipCents: 50, tipKind: 'staff' })

    expect((await call('updateSettings', { tipKind: 'shop' })).ok).toBe(true)
    const receipt = await call<ReceiptData>('receiptFor', { reference })
    expect(receipt).toMatchObject({ ok: true, value: { tipCents: 50, tipKind: 'staff', totalCents: 550 } })
  })

  it('the day close and the CSV rows keep staff tips and shop tips apart', async () => {
    const staff = await paidSaleWithTip('staff')
    const shop = await paidSaleWithTip('shop')
    const report = await call<DayCloseReport>('dayClose', { from: today(), to: today() })
    if (!report.ok) throw new Error(report.error.code)
    // Two staff sales (this test's and the one before) and one shop sale, 0.50 € tip each.
    expect(report.value.tips).toEqual({ staff: { count: 2, cents: 100 }, shop: { count: 1, cents: 50 } })

    const rows = await call<{ rows: SalesRow[] }>('salesRows', { from: today(), to: today() })
    if (!rows.ok) throw new Error(rows.error.code)
    const row = (reference: string) => rows.value.rows.find((candidate) => candidate.reference === reference)
    expect(row(staff)).toMatchObject({ tipCents: 50, staffTipCents: 50, shopTipCents: null })
    expect(row(shop)).toMatchObject({ tipCents: 50, staffTipCents: null, shopTipCents: 50 })
  })

  it('a sale without a tip journals no kind', async () => {
    const charged = await call<LinkView>('charge', { sale: { lines: [COFFEE], tip: { kind: 'none' } } })
    if (!charged.ok) throw new Error(charged.error.code)
    const creating = journalText(opened.booksPath)
      .split('\n')
      .filter((line) => line.includes(charged.value.reference!) && line.includes('"creating"'))
    expect(creating).toHaveLength(1)
    expect(creating[0]).not.toContain('tipKind')
  })
})

describe('a sale journaled before tips had a kind', () => {
  const oldCreating = JSON.stringify({
    type: 'creating',
    reference: 'POS-abcde-20260101-1',
    amountCents: 550,
    note: '',
    at: '2026-01-01T10:00:00.000Z',
    items: [{ productId: 'coffee', name: 'Coffee', unitCents: 250, quantity: 2, totalCents: 500 }],
    tipCents: 50
  })

  it('reads as the shop’s revenue, whatever the setting is today', () => {
    const index = createSaleIndex()
    const line = parseJournalLine(oldCreating)
    if (line === null) throw new Error('the old line no longer parses')
    index.apply(line)
    index.apply({
      type: 'created',
      reference: 'POS-abcde-20260101-1',
      linkId: 5,
      payLink: 'x',
      qrImg: null,
      at: '2026-01-01T10:00:01.000Z'
    })
    const sale = index.apply({ type: 'paid', reference: 'POS-abcde-20260101-1', at: '2026-01-01T10:01:00.000Z' })
    expect(saleTipKind(sale)).toBe('shop')
    expect(tipIsRevenue(sale)).toBe(true)
    expect(staffTipCents(sale)).toBe(0)
    const settingsToday = { ...defaultEditableSettings(), tipKind: 'staff' as const }
    expect(receiptFor(sale.reference, sale, settingsToday)).toMatchObject({ ok: true, value: { tipKind: 'shop' } })
  })

  it('a staff tip is not revenue and is the staff’s in full', () => {
    const line = parseJournalLine(oldCreating.replace('"tipCents":50', '"tipCents":50,"tipKind":"staff"'))
    if (line === null) throw new Error('the line does not parse')
    const sale = createSaleIndex().apply(line)
    expect(tipIsRevenue(sale)).toBe(false)
    expect(staffTipCents(sale)).toBe(50)
  })

  it('a settings file from before the kind keeps its tips, gets the default kind and no warning', () => {
    const { settings, repaired } = migrateSettings({
      tips: { enabled: true, percentPresets: [7], roundUp: false }
    })
    expect(settings.tips).toEqual({ enabled: true, percentPresets: [7], roundUp: false })
    expect(settings.tipKind).toBe('shop')
    expect(repaired).toEqual([])
  })
})
