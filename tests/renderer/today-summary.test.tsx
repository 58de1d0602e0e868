import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { SalesRow } from '../../src-preload/contract'
import { spreadsheetRows } from '../support/spreadsheet-csv'
import { fakeCounter, publicSettings, todaySummary } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const NBSP = '\u00a0'
const FIGURES = todaySummary({
  count: 5,
  totalCents: 123_450,
  paidCount: 3,
  paidCents: 100_000,
  pendingCount: 2,
  pendingCents: 23_450,
  cancelledCount: 1
})

afterEach(() => {
  resetApp()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('today’s totals', () => {
  it('shows count, total, paid and waiting as formatted money', async () => {
    const counter = fakeCounter()
    counter.todaySummary.mockResolvedValue({ ok: true, value: FIGURES })
    await renderApp(counter)
    await waitFor(() => expect(screen.getByTestId('today-summary-sales').textContent).toBe('5 sales · €1,234.50'))
    expect(screen.getByTestId('today-summary-paid').textContent).toBe('3 paid · €1,000.00')
    expect(screen.getByTestId('today-summary-pending').textContent).toBe('2 waiting · €234.50')
    expect(screen.getByTestId('today-summary').textContent).toContain('1 cancelled')
  })

  it('speaks the settings’ language', async () => {
    const counter = fakeCounter(publicSettings({ language: 'de' }))
    counter.todaySummary.mockResolvedValue({ ok: true, value: FIGURES })
    await renderApp(counter)
    await waitFor(() =>
      expect(screen.getByTestId('today-summary-sales').textContent).toBe(`5 Verkäufe · 1.234,50${NBSP}€`)
    )
    expect(screen.getByTestId('today-summary-paid').textContent).toBe(`3 bezahlt · 1.000,00${NBSP}€`)
    expect(screen.getByTestId('today-summary-pending').textContent).toBe(`2 offen · 234,50${NBSP}€`)
  })

  it('counts in the language’s plural forms and names the day it sums up', async () => {
    const counter = fakeCounter(publicSettings({ language: 'de' }))
    counter.todaySummary.mockResolvedValue({
      ok: true,
      value: todaySummary({ day: '20250101', count: 1, totalCents: 500, pendingCount: 1, pendingCents: 500 })
    })
    await renderApp(counter)
    await waitFor(() => expect(screen.getByTestId('today-summary-sales').textContent).toBe(`1 Verkauf · 5,00${NBSP}€`))
    expect(screen.getByText('Heute').getAttribute('title')).toBe('Verkäufe vom Mittwoch, 1. Januar 2025')
  })

  it('refreshes after a charge and when main says the summary changed, never on a timer of its own', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { counter } = await renderApp()
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(counter.todaySummary).toHaveBeenCalledTimes(1)
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000))
    expect(counter.todaySummary).toHaveBeenCalledTimes(1)
    act(() => counter.emit({ type: 'summary_changed' }))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(counter.todaySummary).toHaveBeenCalledTimes(2)

    counter.todaySummary.mockResolvedValue({ ok: true, value: todaySummary({ count: 1, totalCents: 100 }) })
    fireEvent.click(screen.getByTestId('key-1'))
    fireEvent.click(screen.getByTestId('key-00'))
    fireEvent.click(screen.getByTestId('charge-button'))
    await screen.findByTestId('qr-screen')
    expect(counter.todaySummary).toHaveBeenCalledTimes(3)
    fireEvent.click(screen.getByTestId('back-to-keypad'))
    await waitFor(() => expect(screen.getByTestId('today-summary-sales').textContent).toBe('1 sale · €1.00'))
  })
})

describe('CSV export: the one way sales are saved', () => {
  const row = (reference: string, note: string): SalesRow => ({
    date: '2025-01-01',
    time: '09:30:00',
    till: null,
    reference,
    note,
    amountCents: 1250,
    tipCents: null,
    status: 'paid',
    linkId: 7,
    refundCents: null,
    failure: null
  })

  it('saves the summed-up day’s sales as the language’s spreadsheet reads them, through main’s save dialog', async () => {
    const counter = fakeCounter(publicSettings({ language: 'de' }))
    counter.salesRows.mockResolvedValue({ ok: true, value: { rows: [row('POS-1', '=1+1')] } })
    await renderApp(counter)
    fireEvent.click(await screen.findByTestId('export-csv'))
    await waitFor(() => expect(counter.saveFile).toHaveBeenCalledTimes(1))

    expect(counter.salesRows).toHaveBeenCalledExactlyOnceWith({ from: '2025-01-01', to: '2025-01-01' })
    const saved = counter.saveFile.mock.calls[0]?.[0]
    expect(saved?.fileName).toBe('secpaid-sales-2025-01-01_2025-01-01.csv')
    expect(saved?.kind).toBe('csv')
    const [header, line] = spreadsheetRows(saved?.content.slice(1) ?? '', ';')
    expect(header?.slice(0, 6)).toEqual(['Datum', 'Uhrzeit', 'Kasse', 'Referenz', 'Notiz', 'Betrag (EUR)'])
    expect(line).toEqual(['01.01.2025', '09:30:00', '', 'POS-1', "'=1+1", '12,50', '', 'Bezahlt', '7', '', '', '', ''])
    expect(screen.queryByTestId('export-error')).toBeNull()
  })

  it('shows why the export failed and saves nothing', async () => {
    const counter = fakeCounter()
    counter.salesRows.mockResolvedValue({ ok: false, error: { code: 'internal' } })
    await renderApp(counter)
    fireEvent.click(await screen.findByTestId('export-csv'))
    expect((await screen.findByTestId('export-error')).textContent).toBe(
      'Something went wrong in the app. Please try again.'
    )
    expect(counter.saveFile).not.toHaveBeenCalled()
  })
})
