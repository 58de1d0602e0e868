import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { HistorySale, SaleDetail } from '../../src-preload/contract'
import { useHistoryStore } from '../../src-renderer/src/stores/history-store'
import { fakeCounter, publicSettings, saleLink } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  useHistoryStore.setState(useHistoryStore.getInitialState(), true)
})

const sale = (overrides: Partial<HistorySale>): HistorySale => ({
  reference: 'POS-1-20261102-abcde-0001',
  day: '2026-11-02',
  at: '2026-11-02T11:00:00.000Z',
  amountCents: 1234,
  note: 'table 4',
  status: 'paid',
  linkId: 99290,
  till: 'abcde',
  refund: null,
  ...overrides
})

const detailOf = (shown: HistorySale, overrides: Partial<SaleDetail> = {}): SaleDetail => ({
  sale: shown,
  history: [
    { step: 'creating', at: shown.at },
    { step: 'created', at: shown.at },
    { step: 'paid', at: shown.at }
  ],
  failure: null,
  link: null,
  refundableCents: shown.status === 'paid' ? shown.amountCents : 0,
  ...overrides
})

async function openHistory(sales: HistorySale[], settings = publicSettings()) {
  const counter = fakeCounter(settings)
  counter.salesHistory.mockResolvedValue({ ok: true, value: { sales, nextCursor: null } })
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('nav-history'))
  await screen.findByTestId('history-screen')
  return rendered
}

describe('history screen', () => {
  it('groups main’s page by day, newest first, each sale with time, amount, note and status', async () => {
    await openHistory([
      sale({ reference: 'B', day: '2026-11-03', at: '2026-11-03T09:00:00.000Z', status: 'waiting' }),
      sale({ reference: 'A', note: '' })
    ])
    const days = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
    expect(days).toEqual(['Tuesday 3 November 2026', 'Monday 2 November 2026'])
    expect(within(screen.getByTestId('history-sale-B')).getByTestId('history-status').textContent).toBe('Waiting')
    expect(screen.getByTestId('history-sale-A').textContent).toContain('No note')
  })

  it('asks main again for one day or a search, never filtering on its own', async () => {
    const { counter } = await openHistory([sale({})])
    fireEvent.change(screen.getByTestId('history-day'), { target: { value: '2026-11-02' } })
    await waitFor(() => expect(counter.salesHistory).toHaveBeenLastCalledWith({ day: '2026-11-02', limit: 50 }))
    fireEvent.change(screen.getByTestId('history-search'), { target: { value: ' 12,34 ' } })
    await waitFor(() =>
      expect(counter.salesHistory).toHaveBeenLastCalledWith({ day: '2026-11-02', search: '12,34', limit: 50 })
    )
  })

  it('with a PIN set, the refund dialog asks for it and sends it to main with the amount; a wrong one is said', async () => {
    const paid = sale({})
    const { counter } = await openHistory([paid], publicSettings({ pinSet: true }))
    counter.saleDetail.mockResolvedValue({ ok: true, value: detailOf(paid) })
    counter.refundSale.mockResolvedValue({ ok: false, error: { code: 'refund_pin_wrong', retryInSeconds: null } })
    fireEvent.click(screen.getByTestId('history-sale-POS-1-20261102-abcde-0001'))
    fireEvent.click(await screen.findByTestId('sale-refund-button'))
    expect(screen.getByTestId('refund-amount')).toHaveProperty('value', '12.34')
    fireEvent.change(screen.getByTestId('refund-amount'), { target: { value: '5' } })
    expect(screen.getByTestId('refund-confirm-text').textContent).toContain('€5.00 of €12.34')
    expect(screen.getByTestId('refund-confirm')).toHaveProperty('disabled', true)
    fireEvent.change(screen.getByTestId('refund-pin'), { target: { value: '4711' } })
    fireEvent.click(screen.getByTestId('refund-confirm'))
    await waitFor(() =>
      expect(counter.refundSale).toHaveBeenCalledExactlyOnceWith({
        reference: paid.reference,
        amountCents: 500,
        pin: '4711'
      })
    )
    expect((await screen.findByTestId('refund-error')).textContent).toBe('Wrong PIN.')
  })

  it('a paid sale’s receipt is printed again through main, and a missing printer is said', async () => {
    const paid = sale({})
    const { counter } = await openHistory([paid])
    counter.saleDetail.mockResolvedValue({ ok: true, value: detailOf(paid) })
    counter.printReceipt.mockResolvedValueOnce({
      ok: false,
      error: { code: 'print_failed', reason: 'printer_not_found', printerName: 'Bon 80' }
    })
    fireEvent.click(screen.getByTestId('history-sale-POS-1-20261102-abcde-0001'))
    fireEvent.click(await screen.findByTestId('sale-print-receipt'))
    expect((await screen.findByTestId('sale-print-error')).textContent).toBe(
      'The printer “Bon 80” was not found. Check the printer in Settings.'
    )
    fireEvent.click(screen.getByTestId('sale-print-receipt'))
    await waitFor(() => expect(screen.queryByTestId('sale-print-error')).toBeNull())
    expect(counter.printReceipt.mock.calls).toEqual([[{ reference: paid.reference }], [{ reference: paid.reference }]])
  })

  it('a waiting sale offers no receipt to print', async () => {
    const waiting = sale({ status: 'waiting' })
    const { counter } = await openHistory([waiting])
    counter.saleDetail.mockResolvedValue({ ok: true, value: detailOf(waiting) })
    fireEvent.click(screen.getByTestId('history-sale-POS-1-20261102-abcde-0001'))
    await screen.findByTestId('sale-actions')
    expect(screen.queryByTestId('sale-print-receipt')).toBeNull()
  })

  it('a waiting sale shows its QR again through the pending list’s own flow', async () => {
    const waiting = sale({ status: 'waiting' })
    const { counter } = await openHistory([waiting])
    counter.saleDetail.mockResolvedValue({
      ok: true,
      value: detailOf(waiting, { link: saleLink({ linkId: 99290, reference: waiting.reference }) })
    })
    fireEvent.click(screen.getByTestId(`history-sale-${waiting.reference}`))
    expect(screen.queryByTestId('sale-refund-button')).toBeNull()
    fireEvent.click(await screen.findByTestId('sale-show-qr'))
    await screen.findByTestId('qr-screen')
    await waitFor(() => expect(counter.watchLink).toHaveBeenCalledWith({ linkId: 99290 }))
  })
})

describe('history follows main’s events', () => {
  /** Main's `salesHistory` over `journal`, newest first, paged by index; the test changes `journal` as main would. */
  function pagedHistory(journal: HistorySale[]) {
    const counter = fakeCounter()
    counter.salesHistory.mockImplementation(async (request) => {
      const from = request.cursor === undefined ? 0 : Number(request.cursor)
      const to = from + (request.limit ?? 50)
      return {
        ok: true,
        value: { sales: journal.slice(from, to), nextCursor: to < journal.length ? String(to) : null }
      }
    })
    return counter
  }
  const statusOf = (reference: string) =>
    within(screen.getByTestId(`history-sale-${reference}`)).getByTestId('history-status').textContent
  const waitingSales = (count: number) =>
    Array.from({ length: count }, (_, at) =>
      sale({ reference: `R${at}`, linkId: 1000 + at, status: 'waiting', day: '2026-11-02' })
    )

  it('shows a listed sale as paid once main settles it, keeping the day, search and older pages on screen', async () => {
    const journal = waitingSales(60)
    const counter = pagedHistory(journal)
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('nav-history'))
    await screen.findByTestId('history-sale-R0')
    fireEvent.change(screen.getByTestId('history-day'), { target: { value: '2026-11-02' } })
    fireEvent.change(screen.getByTestId('history-search'), { target: { value: '12,34' } })
    await waitFor(() =>
      expect(counter.salesHistory).toHaveBeenLastCalledWith({ day: '2026-11-02', search: '12,34', limit: 50 })
    )
    fireEvent.click(screen.getByText('Show older sales'))
    await screen.findByTestId('history-sale-R55')
    expect(statusOf('R55')).toBe('Waiting')

    journal[55] = { ...journal[55]!, status: 'paid' }
    const settled = { reference: 'R55', linkId: 1055, amountCents: 1234, note: '', status: 'paid' } as const
    act(() => counter.emit({ type: 'sale_settled', sale: settled }))

    await waitFor(() => expect(statusOf('R55')).toBe('Paid'))
    expect(counter.salesHistory).toHaveBeenLastCalledWith({ day: '2026-11-02', search: '12,34', limit: 60 })
    expect(screen.getAllByTestId('history-status')).toHaveLength(60)
    expect(screen.getByTestId<HTMLInputElement>('history-day').value).toBe('2026-11-02')
    expect(screen.getByTestId<HTMLInputElement>('history-search').value).toBe('12,34')
  })

  it('refreshes on a listed waiting sale’s link found paid, and not on links it does not list', async () => {
    const journal = waitingSales(2)
    const counter = pagedHistory(journal)
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('nav-history'))
    await screen.findByTestId('history-sale-R1')
    const callsBefore = counter.salesHistory.mock.calls.length

    act(() => counter.emit({ type: 'link_status', linkId: 777, state: 'paid' }))
    act(() => counter.emit({ type: 'link_status', linkId: 1001, state: 'waiting' }))
    expect(counter.salesHistory).toHaveBeenCalledTimes(callsBefore)

    journal[1] = { ...journal[1]!, status: 'paid' }
    act(() => counter.emit({ type: 'link_status', linkId: 1001, state: 'paid' }))
    await waitFor(() => expect(statusOf('R1')).toBe('Paid'))
  })

  it('updates the sale the cashier has open', async () => {
    const waiting = sale({ status: 'waiting' })
    const counter = pagedHistory([waiting])
    counter.saleDetail.mockResolvedValue({ ok: true, value: detailOf(waiting) })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('nav-history'))
    fireEvent.click(await screen.findByTestId(`history-sale-${waiting.reference}`))
    expect((await screen.findByTestId('sale-detail-status')).textContent).toBe('Waiting')

    const paid = { ...waiting, status: 'paid' } as const
    counter.saleDetail.mockResolvedValue({ ok: true, value: detailOf(paid) })
    const settled = {
      reference: paid.reference,
      linkId: 99290,
      amountCents: 1234,
      note: 'table 4',
      status: 'paid'
    } as const
    act(() => counter.emit({ type: 'sale_settled', sale: settled }))
    await waitFor(() => expect(screen.getByTestId('sale-detail-status').textContent).toBe('Paid'))
  })
})
