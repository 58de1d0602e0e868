import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { DayCloseReport, HistorySale, Language, StatusTotals } from '../../src-preload/contract'
import { ReceiptPage } from '../../src-renderer/src/components/receipt/receipt-page'
import { useDayCloseStore } from '../../src-renderer/src/stores/day-close-store'
import { useHistoryStore } from '../../src-renderer/src/stores/history-store'
import { useReceiptStore } from '../../src-renderer/src/stores/receipt-store'
import { fakeCounter, installCounter, publicSettings, receiptData, todaySummary } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const NBSP = '\u00a0'

afterEach(() => {
  resetApp()
  useDayCloseStore.setState(useDayCloseStore.getInitialState(), true)
  useHistoryStore.setState(useHistoryStore.getInitialState(), true)
  useReceiptStore.setState(useReceiptStore.getInitialState(), true)
})

const totals = (paid: [number, number], waiting: [number, number]): StatusTotals => ({
  paid: { count: paid[0], cents: paid[1] },
  waiting: { count: waiting[0], cents: waiting[1] },
  cancelled: { count: 0, cents: 0 },
  failed: { count: 0, cents: 0 }
})

const REPORT: DayCloseReport = {
  from: '2026-11-03',
  to: '2026-11-03',
  totals: totals([1, 1000], [1, 500]),
  refunds: { requested: { count: 0, cents: 0 }, sent: { count: 1, cents: 100 } },
  tills: [
    {
      till: 'aaaaa',
      totals: totals([1, 1000], [1, 500]),
      refunds: { requested: { count: 0, cents: 0 }, sent: { count: 1, cents: 100 } }
    }
  ],
  openAtClose: [{ reference: 'POS-W-1', amountCents: 500, at: '2026-11-03T17:00:00.000Z', till: 'aaaaa' }],
  outOfOrder: [{ reference: 'POS-O-1', step: 'refund_requested', at: '2026-11-03T12:00:00.000Z' }],
  secpaid: { count: 1, grossCents: 1000, feeCents: 10, netCents: 990, refundCount: 0, refundCents: 0 },
  secpaidFailure: null,
  secpaidPaging: [{ date: '2026-11-03', kind: 'pages_repeated' }],
  moneyWay: null,
  payoutFailure: null,
  differences: [
    {
      kind: 'paid_day_differs',
      reference: 'POS-M-2',
      linkId: 7,
      amountCents: 700,
      herePaidAt: '2026-11-03T23:00:10.000Z',
      secpaidPaidAt: '2026-11-03 23:59:50'
    },
    {
      kind: 'time_ambiguous',
      linkId: 8,
      amountCents: 4200,
      secpaidTime: '2026-10-25 02:30:00',
      readings: ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']
    }
  ]
}

async function openDayClose(language: Language) {
  const counter = fakeCounter(publicSettings({ language }))
  counter.dayClose.mockResolvedValue({ ok: true, value: REPORT })
  await renderApp(counter)
  fireEvent.click(screen.getByTestId('nav-day-close'))
  fireEvent.click(await screen.findByTestId('day-close-show'))
  return screen.findByTestId('day-close-report')
}

describe('the day close shows refunds, open sales, out-of-order lines and paging trouble', () => {
  it('in English', async () => {
    const report = await openDayClose('en')
    const table = within(report).getAllByRole('table')[0]!
    expect(within(table).getByText('Paid').closest('tr')?.textContent).toBe('Paid1€10.00')
    expect(within(table).getByTestId('day-close-refunds-sent').textContent).toBe('Refunds accepted by SecPaid1−€1.00')
    expect(within(report).getByTestId('day-close-open').textContent).toContain('POS-W-1, €5.00, started')
    expect(within(report).getByTestId('day-close-out-of-order').textContent).toContain('POS-O-1: “Refund asked for” at')
    expect(within(report).getByTestId('day-close-paging').textContent).toContain(
      'SecPaid sent the same payments again for'
    )
    expect(within(report).getByTestId('difference-paid_day_differs').textContent).toContain(
      'Paid on another day here: POS-M-2, €7.00'
    )
    expect(within(report).getByTestId('difference-time_ambiguous').textContent).toContain(
      'Time unclear: link 8, €42.00, paid at 2026-10-25 02:30:00 Berlin time'
    )
  })

  it('in German', async () => {
    const report = await openDayClose('de')
    const table = within(report).getAllByRole('table')[0]!
    expect(within(table).getByTestId('day-close-refunds-sent').textContent).toBe(
      `Erstattungen von SecPaid angenommen1−1,00${NBSP}€`
    )
    expect(within(report).getByTestId('day-close-open').textContent).toContain(`POS-W-1, 5,00${NBSP}€, begonnen`)
    expect(within(report).getByTestId('day-close-out-of-order').textContent).toContain(
      'POS-O-1: „Erstattung angefragt“ um'
    )
    expect(within(report).getByTestId('day-close-paging').textContent).toContain('dieselben Zahlungen erneut')
    expect(within(report).getByTestId('difference-paid_day_differs').textContent).toContain(
      `Hier an einem anderen Tag bezahlt: POS-M-2, 7,00${NBSP}€`
    )
    expect(within(report).getByTestId('difference-time_ambiguous').textContent).toContain('Uhrzeit unklar: Link 8')
  })
})

describe('today’s summary shows refunds apart from what was paid', () => {
  const figures = todaySummary({
    count: 1,
    totalCents: 1000,
    paidCount: 1,
    paidCents: 1000,
    refundCount: 1,
    refundCents: 100
  })

  it('in English and German', async () => {
    const counter = fakeCounter()
    counter.todaySummary.mockResolvedValue({ ok: true, value: figures })
    await renderApp(counter)
    await waitFor(() => expect(screen.getByTestId('today-summary-refunds').textContent).toBe('1 refund · −€1.00'))
    expect(screen.getByTestId('today-summary-paid').textContent).toBe('1 paid · €10.00')
    resetApp()
    const german = fakeCounter(publicSettings({ language: 'de' }))
    german.todaySummary.mockResolvedValue({ ok: true, value: figures })
    await renderApp(german)
    await waitFor(() =>
      expect(screen.getByTestId('today-summary-refunds').textContent).toBe(`1 Erstattung · −1,00${NBSP}€`)
    )
  })

  it('says nothing of refunds on a day without one', async () => {
    const counter = fakeCounter()
    counter.todaySummary.mockResolvedValue({ ok: true, value: todaySummary({ paidCount: 1, paidCents: 1000 }) })
    await renderApp(counter)
    await waitFor(() => expect(screen.getByTestId('today-summary-paid').textContent).toBe('1 paid · €10.00'))
    expect(screen.queryByTestId('today-summary-refunds')).toBeNull()
  })
})

describe('a reprinted receipt of a refunded sale', () => {
  const renderReceipt = async (language: Language, state: 'requested' | 'sent') => {
    const counter = fakeCounter(publicSettings({ language }))
    counter.receiptFor.mockResolvedValue({
      ok: true,
      value: receiptData({ refund: { amountCents: 100, full: false, at: '2025-01-02T09:00:00.000Z', state } })
    })
    installCounter(counter)
    render(<ReceiptPage reference="POS-abcde-20250101-0001" />)
    return screen.findByTestId('receipt-refund')
  }

  it('shows the refund’s own amount and that SecPaid took it, the total staying what was paid (English)', async () => {
    expect((await renderReceipt('en', 'sent')).textContent).toBe('−€1.00')
    expect(screen.getByTestId('receipt-refund-state').textContent).toMatch(/^Refund accepted by SecPaid /)
    expect(screen.getByTestId('receipt-total').textContent).toBe('€5.50')
  })

  it('says a refund is only requested while SecPaid’s answer is unknown (German)', async () => {
    expect((await renderReceipt('de', 'requested')).textContent).toBe(`−1,00${NBSP}€`)
    expect(screen.getByTestId('receipt-refund-state').textContent).toMatch(/^Erstattung angefragt /)
  })
})

describe('a sale’s detail shows its out-of-order lines', () => {
  it('listed after its steps, marked as ignored', async () => {
    const sale: HistorySale = {
      reference: 'POS-O-1',
      day: '2026-11-02',
      at: '2026-11-02T11:00:00.000Z',
      amountCents: 1000,
      note: '',
      status: 'paid',
      linkId: 99290,
      till: 'abcde',
      refund: null
    }
    const counter = fakeCounter()
    counter.salesHistory.mockResolvedValue({ ok: true, value: { sales: [sale], nextCursor: null } })
    counter.saleDetail.mockResolvedValue({
      ok: true,
      value: {
        sale,
        history: [{ step: 'paid', at: sale.at }],
        failure: null,
        link: null,
        refundableCents: 1000,
        outOfOrder: [{ step: 'created', at: '2026-11-02T11:05:00.000Z' }]
      }
    })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('nav-history'))
    fireEvent.click(await screen.findByTestId('history-sale-POS-O-1'))
    const line = await screen.findByTestId('sale-step-out-of-order')
    expect(line.textContent).toMatch(/^Out of order, ignored: “Link created” at /)
  })
})
