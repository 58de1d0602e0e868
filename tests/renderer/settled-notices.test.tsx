import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { SettledSale } from '../../src-preload/contract'
import { paidSound } from '../../src-renderer/src/lib/browser/paid-sound'
import { NOTICE_MS } from '../../src-renderer/src/stores/notice-store'
import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const settled = (counter: FakeCounter, sale: Partial<SettledSale> = {}) =>
  act(() =>
    counter.emit({
      type: 'sale_settled',
      sale: {
        reference: 'POS-k7q2m-20261127-0004',
        linkId: 44,
        amountCents: 600,
        note: 'table 4',
        status: 'paid',
        ...sale
      }
    })
  )

describe('a sale settled away from its QR screen', () => {
  it('shows “table 4 · €6.00 paid” with the chime, and refreshes the totals and the pending list', async () => {
    const play = vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)
    const { counter } = await renderApp()
    await waitFor(() => expect(counter.todaySummary).toHaveBeenCalled())
    const summaries = counter.todaySummary.mock.calls.length
    const lists = counter.listPending.mock.calls.length
    settled(counter)
    expect(screen.getByTestId('settled-notice').textContent).toBe('table 4 · €6.00 paid')
    expect(play).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(counter.todaySummary.mock.calls.length).toBe(summaries + 1))
    expect(counter.listPending.mock.calls.length).toBe(lists + 1)
  })

  it('names the sale by its reference when it has no note, in German too, and is silent when the sound is off', async () => {
    const play = vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)
    const { counter } = await renderApp(fakeCounter(publicSettings({ language: 'de', paidSound: false })))
    settled(counter, { note: '', amountCents: 1250 })
    expect(screen.getByTestId('settled-notice').textContent).toBe('POS-k7q2m-20261127-0004 · 12,50\u00a0€ bezahlt')
    expect(play).not.toHaveBeenCalled()
  })

  it('says a link that disappeared was cancelled or deleted, without the chime', async () => {
    const play = vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)
    const { counter } = await renderApp()
    settled(counter, { status: 'cancelled' })
    expect(screen.getByTestId('settled-notice').textContent).toBe('table 4 · €6.00: link cancelled or deleted')
    expect(play).not.toHaveBeenCalled()
  })

  it('goes by itself after a few seconds, or at once on a tap', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)
    const { counter } = await renderApp()
    settled(counter, { linkId: 1 })
    settled(counter, { linkId: 2, note: 'table 9' })
    expect(screen.getAllByTestId('settled-notice')).toHaveLength(2)
    fireEvent.click(screen.getAllByTestId('settled-notice')[0]!)
    expect(screen.getAllByTestId('settled-notice').map((notice) => notice.textContent)).toEqual([
      'table 9 · €6.00 paid'
    ])
    await act(() => vi.advanceTimersByTimeAsync(NOTICE_MS))
    expect(screen.queryByTestId('settled-notice')).toBeNull()
  })

  it('gives no notice for the link on screen, whose own screen shows Paid or that it is gone', async () => {
    vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)
    const { counter } = await renderApp()
    fireEvent.click(screen.getByTestId('key-5'))
    fireEvent.click(screen.getByTestId('charge-button'))
    await screen.findByTestId('qr-screen')
    settled(counter, { linkId: 101 })
    settled(counter, { linkId: 101, status: 'cancelled' })
    expect(screen.queryByTestId('settled-notice')).toBeNull()
  })
})
