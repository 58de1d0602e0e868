import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { DayCloseReport, HistorySale, Language, SaleStatus, StatusTotals } from '../../src-preload/contract'
import { LANGUAGES } from '../../src-preload/contract/locale'
import { saleStatuses } from '../../src-preload/contract/sale-status'
import { paidSound } from '../../src-renderer/src/lib/browser/paid-sound'
import { formatSalesCsv } from '../../src-renderer/src/lib/format/sales-csv-format'
import { STATUS_LABEL } from '../../src-renderer/src/lib/words/books-labels'
import { DICTIONARIES, translate } from '../../src-renderer/src/lib/words/i18n'
import { useDayCloseStore } from '../../src-renderer/src/stores/day-close-store'
import { useHistoryStore } from '../../src-renderer/src/stores/history-store'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

// The one vocabulary for where a sale stands: every status has its word in every language, and every screen that shows
// statuses shows each one. A status added to the contract fails here until it has its words and its place.

afterEach(() => {
  resetApp()
  useDayCloseStore.setState(useDayCloseStore.getInitialState(), true)
  useHistoryStore.setState(useHistoryStore.getInitialState(), true)
  vi.restoreAllMocks()
})

const word = (language: Language, status: SaleStatus) => translate(language, STATUS_LABEL[status])

const historySale = (status: SaleStatus): HistorySale => ({
  reference: `POS-${status}`,
  day: '2026-11-02',
  at: '2026-11-02T11:00:00.000Z',
  amountCents: 1234,
  note: status,
  status,
  linkId: status === 'failed' ? null : 1000 + saleStatuses.indexOf(status),
  till: 'abcde',
  refund: null
})

const totals = (): StatusTotals =>
  Object.fromEntries(
    saleStatuses.map((status, index) => [status, { count: index + 1, cents: (index + 1) * 100 }])
  ) as StatusTotals

const report = (): DayCloseReport => ({
  from: '2026-11-02',
  to: '2026-11-02',
  totals: totals(),
  refunds: { requested: { count: 0, cents: 0 }, sent: { count: 0, cents: 0 } },
  tills: [],
  openAtClose: [],
  outOfOrder: [],
  secpaid: null,
  secpaidFailure: null,
  secpaidPaging: [],
  differences: [],
  moneyWay: null,
  payoutFailure: null
})

describe('every sale status has a word in every language', () => {
  it.each(LANGUAGES)('%s: each status its own word, none missing, none shared', (language) => {
    const words = saleStatuses.map((status) => DICTIONARIES[language][STATUS_LABEL[status]])
    for (const text of words) expect(text.trim()).not.toBe('')
    expect(new Set(words).size).toBe(saleStatuses.length)
  })
})

describe.each(LANGUAGES)('every screen that shows statuses shows each one (%s)', (language) => {
  it('History: each sale in the list and opened shows its status’s word', async () => {
    const counter = fakeCounter(publicSettings({ language }))
    const sales = saleStatuses.map(historySale)
    counter.salesHistory.mockResolvedValue({ ok: true, value: { sales, nextCursor: null } })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('nav-history'))
    await screen.findByTestId('history-screen')
    for (const status of saleStatuses) {
      const row = await screen.findByTestId(`history-sale-POS-${status}`)
      expect(within(row).getByTestId('history-status').textContent).toBe(word(language, status))
    }
  })

  it('Day close: a row per status with its word, count and sum', async () => {
    const counter = fakeCounter(publicSettings({ language }))
    counter.dayClose.mockResolvedValue({ ok: true, value: report() })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('nav-day-close'))
    fireEvent.click(await screen.findByTestId('day-close-show'))
    const table = within(await screen.findByTestId('day-close-report')).getAllByRole('table')[0]!
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
    saleStatuses.forEach((status, index) => {
      expect(rows).toContainEqual([word(language, status), String(index + 1), expect.stringMatching(/\d/)])
    })
  })

  it('the CSV: each row’s status column in the language’s word', () => {
    const rows = saleStatuses.map((status) => ({
      date: '2026-11-02',
      time: '12:00:00',
      till: null,
      reference: `POS-${status}`,
      note: '',
      amountCents: 100,
      tipCents: null,
      status,
      linkId: null,
      refundCents: null,
      failure: null
    }))
    const csv = formatSalesCsv(rows, language, (key) => translate(language, key))
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n').slice(1)
    saleStatuses.forEach((status, index) => expect(lines[index]).toContain(word(language, status)))
  })
})

describe('the QR screen follows each status main tells of its link', () => {
  const showQr = async () => {
    vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)
    const rendered = await renderApp()
    fireEvent.click(screen.getByTestId('key-5'))
    fireEvent.click(screen.getByTestId('charge-button'))
    await screen.findByTestId('qr-screen')
    await waitFor(() => expect(rendered.counter.watchLink).toHaveBeenCalled())
    return rendered
  }
  const shownFor: Record<SaleStatus, () => Promise<unknown>> = {
    waiting: async () => {
      expect(screen.getByTestId('qr-screen')).toBeTruthy()
      expect(screen.queryByTestId('link-gone')).toBeNull()
    },
    paid: () => screen.findByTestId('paid-screen'),
    cancelled: async () =>
      expect((await screen.findByTestId('link-gone')).textContent).toBe('This link was cancelled or deleted'),
    failed: async () =>
      expect((await screen.findByTestId('link-gone')).textContent).toBe('This link was cancelled or deleted')
  }
  it.each(saleStatuses)('%s', async (status) => {
    const { counter } = await showQr()
    act(() => counter.emit({ type: 'link_status', linkId: 101, state: status }))
    await shownFor[status]()
  })
})
