import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
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

describe('CSV export', () => {
  const createObjectURL = vi.fn<(blob: Blob) => string>()
  const revokeObjectURL = vi.fn<(url: string) => void>()

  beforeEach(() => {
    createObjectURL.mockReset().mockReturnValue('blob:counter/csv-1')
    revokeObjectURL.mockReset()
    // jsdom has no blob URLs.
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true })
    Object.defineProperty(URL, 'revokeObjectURL', { value: revokeObjectURL, configurable: true })
  })

  it('downloads the journal as a blob under main’s file name, then revokes the URL', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const clicked: { href: string; download: string; attached: boolean }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected })
    })
    const counter = fakeCounter()
    counter.exportSalesCsv.mockResolvedValue({
      ok: true,
      value: { fileName: 'secpaid-counter-sales-2025-01-01.csv', csv: '"reference","link_id"\r\n"POS-1","7"\r\n' }
    })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('export-csv'))
    await waitFor(() => expect(clicked).toHaveLength(1))

    expect(counter.exportSalesCsv).toHaveBeenCalledExactlyOnceWith({})
    expect(clicked[0]).toEqual({
      href: 'blob:counter/csv-1',
      download: 'secpaid-counter-sales-2025-01-01.csv',
      attached: true
    })
    const blob = createObjectURL.mock.calls[0]?.[0]
    expect(blob?.type).toBe('text/csv;charset=utf-8')
    expect(await blob?.text()).toBe('"reference","link_id"\r\n"POS-1","7"\r\n')
    expect(document.querySelector('a[download]')).toBeNull()
    await act(() => vi.advanceTimersByTimeAsync(1_000))
    expect(revokeObjectURL).toHaveBeenCalledExactlyOnceWith('blob:counter/csv-1')
  })

  it('shows why the export failed and downloads nothing', async () => {
    const counter = fakeCounter()
    counter.exportSalesCsv.mockResolvedValue({ ok: false, error: { code: 'internal' } })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('export-csv'))
    expect((await screen.findByTestId('export-error')).textContent).toBe(
      'Something went wrong in the app. Please try again.'
    )
    expect(createObjectURL).not.toHaveBeenCalled()
  })
})
