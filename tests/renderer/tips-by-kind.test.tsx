import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { DayCloseReport, SalesRow, StatusTotals } from '../../src-preload/contract'
import { ReceiptLayout } from '../../src-renderer/src/components/receipt/receipt-layout'
import { formatSalesCsv } from '../../src-renderer/src/lib/format/sales-csv-format'
import { translate } from '../../src-renderer/src/lib/words/i18n'
import { useDayCloseStore } from '../../src-renderer/src/stores/day-close-store'
import { spreadsheetRows } from '../support/spreadsheet-csv'
import { fakeCounter, publicSettings, receiptData } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const NBSP = '\u00a0'

afterEach(() => {
  resetApp()
  useDayCloseStore.setState(useDayCloseStore.getInitialState(), true)
})

describe('tips by kind, as the owner and the customer see them', () => {
  it('Settings → Tips: the owner chooses whom tips belong to, saved on the spot', async () => {
    const counter = fakeCounter()
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('settings-button'))
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-section-tips'))
    expect(screen.getByTestId<HTMLInputElement>('tip-kind-shop').checked).toBe(true)
    fireEvent.click(screen.getByTestId('tip-kind-staff'))
    await waitFor(() => expect(counter.updateSettings).toHaveBeenLastCalledWith({ tipKind: 'staff' }))
    await waitFor(() => expect(screen.getByTestId('tip-kind-status').textContent).toBe('Saved'))
  })

  it.each([
    ['de', 'staff', 'Trinkgeld (für das Personal)'],
    ['de', 'shop', 'Trinkgeld (für den Betrieb)'],
    ['en', 'staff', 'Tip (for the staff)'],
    ['en', 'shop', 'Tip (for the shop)']
  ] as const)('the receipt in %s names a %s tip: “%s”', (language, tipKind, label) => {
    render(<ReceiptLayout receipt={receiptData({ tipKind })} language={language} />)
    expect(screen.getByTestId('receipt-tip-kind').textContent).toBe(label)
  })

  const none = { count: 0, cents: 0 }
  const totals: StatusTotals = { paid: { count: 3, cents: 2533 }, waiting: none, cancelled: none, failed: none }
  const report: DayCloseReport = {
    from: '2026-11-02',
    to: '2026-11-02',
    totals,
    refunds: { requested: none, sent: none },
    tills: [],
    tips: { staff: { count: 2, cents: 150 }, shop: { count: 1, cents: 30 } },
    openAtClose: [],
    outOfOrder: [],
    secpaid: null,
    secpaidFailure: null,
    secpaidPaging: [],
    differences: [],
    moneyWay: null,
    payoutFailure: null
  }

  it.each([
    ['en', ['For the staff (pay out)', '2', '€1.50'], ['For the shop (revenue)', '1', '€0.30']],
    ['de', ['Für das Personal (auszahlen)', '2', `1,50${NBSP}€`], ['Für den Betrieb (Umsatz)', '1', `0,30${NBSP}€`]]
  ] as const)('the day close in %s shows staff tips and shop tips apart', async (language, staff, shop) => {
    const counter = fakeCounter(publicSettings({ language }))
    counter.dayClose.mockResolvedValue({ ok: true, value: report })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('nav-day-close'))
    fireEvent.click(await screen.findByTestId('day-close-show'))
    const tips = await screen.findByTestId('day-close-tips')
    const cells = (testId: string) => [...within(tips).getByTestId(testId).children].map((cell) => cell.textContent)
    expect(cells('day-close-tips-staff')).toEqual(staff)
    expect(cells('day-close-tips-shop')).toEqual(shop)
  })

  it('the sales CSV ends with the staff’s and the shop’s part of the tip, each in its own column', () => {
    const row: SalesRow = {
      date: '2026-11-02',
      time: '14:05:09',
      till: 'abcde',
      reference: 'POS-abcde-20261102-1',
      note: '',
      amountCents: 550,
      tipCents: 50,
      staffTipCents: 50,
      shopTipCents: null,
      status: 'paid',
      linkId: 7,
      refundCents: null,
      failure: null
    }
    const table = spreadsheetRows(formatSalesCsv([row], 'de', (key) => translate('de', key)).slice(1), ';')
    expect(table[0]?.slice(-3)).toEqual(['Fehler (Code)', 'Trinkgeld Personal (EUR)', 'Trinkgeld Betrieb (EUR)'])
    expect(table[1]?.slice(-2)).toEqual(['0,50', ''])
  })
})
