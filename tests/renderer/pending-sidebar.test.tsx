import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { PENDING_SEARCH_DEBOUNCE_MS } from '../../src-renderer/src/stores/pending-store'
import { fakeCounter, pendingLink, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.useRealTimers()
})

describe('pending links', () => {
  it('lists each waiting link with its amount, note and kind', async () => {
    const counter = fakeCounter()
    counter.listPending.mockResolvedValue({
      ok: true,
      value: {
        links: [
          pendingLink({ linkId: 7, amountCents: 4999, note: 'Table 4' }),
          pendingLink({ linkId: 8, kind: 'Split', note: '' })
        ],
        complete: true
      }
    })
    await renderApp(counter)
    const item = await screen.findByTestId('pending-item-7')
    expect(within(item).getByText('€49.99')).toBeTruthy()
    expect(within(item).getByText('Table 4')).toBeTruthy()
    expect(within(item).getByText('Basic')).toBeTruthy()
    expect(within(screen.getByTestId('pending-item-8')).getByText('Split')).toBeTruthy()
    // The whole list, not the newest 50: main pages through SecPaid's list itself.
    expect(counter.listPending).toHaveBeenCalledWith({})
  })

  it('puts the cashier’s note first and the sale reference after it, both as main sent them', async () => {
    const counter = fakeCounter(publicSettings({ language: 'de' }))
    counter.listPending.mockResolvedValue({
      ok: true,
      value: {
        links: [pendingLink({ linkId: 7, reference: 'POS-counter1-20261122-0001', note: 'table 4', kind: 'Split' })],
        complete: true
      }
    })
    await renderApp(counter)
    const item = await screen.findByTestId('pending-item-7')
    expect(within(item).getByTestId('pending-note').textContent).toBe('table 4')
    expect(within(item).getByTestId('pending-reference').textContent).toBe('POS-counter1-20261122-0001')
    expect(within(item).getByText('Geteilt')).toBeTruthy()
  })

  it('shows a link made elsewhere with its whole note and no reference', async () => {
    const counter = fakeCounter()
    counter.listPending.mockResolvedValue({
      ok: true,
      value: { links: [pendingLink({ linkId: 8, reference: null, note: 'Invoice 2026-114 Müller' })], complete: true }
    })
    await renderApp(counter)
    const item = await screen.findByTestId('pending-item-8')
    expect(within(item).getByTestId('pending-note').textContent).toBe('Invoice 2026-114 Müller')
    expect(within(item).getByTestId('pending-reference').textContent).toBe('')
  })

  it('counts every waiting link, 60 of them, in the title and on the narrow screen’s bar', async () => {
    const counter = fakeCounter()
    const links = Array.from({ length: 60 }, (_, index) => pendingLink({ linkId: 1000 + index }))
    counter.listPending.mockResolvedValue({ ok: true, value: { links, complete: true } })
    await renderApp(counter)
    expect((await screen.findByTestId('pending-count')).textContent).toBe('(60)')
    expect(screen.getByTestId('pending-toggle').textContent).toBe('Waiting for payment (60)')
  })

  it('says “at least” when more links wait than SecPaid sends at once', async () => {
    const counter = fakeCounter()
    const links = Array.from({ length: 1000 }, (_, index) => pendingLink({ linkId: 5000 + index }))
    counter.listPending.mockResolvedValue({ ok: true, value: { links, complete: false } })
    await renderApp(counter)
    expect((await screen.findByTestId('pending-count')).textContent).toBe('(1000+)')
  })

  it('keeps only a window of a long list in the page, and the scroll area as long as the whole list', async () => {
    const counter = fakeCounter()
    const links = Array.from({ length: 1000 }, (_, index) => pendingLink({ linkId: 5000 + index }))
    counter.listPending.mockResolvedValue({ ok: true, value: { links, complete: true } })
    await renderApp(counter)
    await screen.findByTestId('pending-item-5000')
    const rendered = screen.getAllByTestId(/^pending-item-\d+$/)
    expect(rendered.length).toBeGreaterThan(5)
    expect(rendered.length).toBeLessThan(60)
    const list = screen.getByTestId('pending-items')
    expect((list.firstElementChild as HTMLElement).style.height).toBe(`${1000 * 84}px`)
    list.scrollTop = 500 * 84
    fireEvent.scroll(list)
    expect(await screen.findByTestId('pending-item-5500')).toBeTruthy()
    expect(screen.queryByTestId('pending-item-5000')).toBeNull()
  })

  it('tells each link’s age from when the sale was started', async () => {
    const counter = fakeCounter()
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000 - 5_000).toISOString()
    counter.listPending.mockResolvedValue({
      ok: true,
      value: {
        links: [pendingLink({ linkId: 3, createdAt: fiveMinutesAgo }), pendingLink({ linkId: 4, createdAt: null })],
        complete: true
      }
    })
    await renderApp(counter)
    expect(within(await screen.findByTestId('pending-item-3')).getByTestId('pending-age').textContent).toBe(
      '5 minutes ago'
    )
    expect(within(screen.getByTestId('pending-item-4')).queryByTestId('pending-age')).toBeNull()
  })

  it('says so when no link is waiting', async () => {
    await renderApp()
    expect((await screen.findByTestId('pending-empty')).textContent).toBe('No links are waiting for payment.')
  })

  it('shows a failed load as a message; main asks again and says when the list changed', async () => {
    const counter = fakeCounter()
    counter.listPending.mockResolvedValue({
      ok: false,
      error: { code: 'rate_limited', retryAfterSeconds: 7 }
    })
    await renderApp(counter)
    expect((await screen.findByTestId('pending-error')).textContent).toBe('Too many requests, retrying in 7 s')
    counter.listPending.mockResolvedValue({ ok: true, value: { links: [pendingLink({ linkId: 3 })], complete: true } })
    act(() => counter.emit({ type: 'pending_changed' }))
    expect(await screen.findByTestId('pending-item-3')).toBeTruthy()
    expect(screen.queryByTestId('pending-error')).toBeNull()
  })

  it('searches at the server once typing pauses, not on every keystroke', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { counter } = await renderApp()
    await act(() => vi.advanceTimersByTimeAsync(0))
    counter.listPending.mockClear()
    const search = screen.getByTestId('pending-search')
    fireEvent.change(search, { target: { value: 'T' } })
    fireEvent.change(search, { target: { value: 'Ta' } })
    fireEvent.change(search, { target: { value: 'Table' } })
    await act(() => vi.advanceTimersByTimeAsync(PENDING_SEARCH_DEBOUNCE_MS - 50))
    expect(counter.listPending).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(counter.listPending).toHaveBeenCalledExactlyOnceWith({ search: 'Table' })
  })

  it('refreshes when main says the list changed and on the refresh button, never on a timer of its own', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { counter } = await renderApp()
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(counter.listPending).toHaveBeenCalledTimes(1)
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000))
    expect(counter.listPending).toHaveBeenCalledTimes(1)
    act(() => counter.emit({ type: 'pending_changed' }))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(counter.listPending).toHaveBeenCalledTimes(2)
    fireEvent.click(screen.getByTestId('pending-refresh'))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(counter.listPending).toHaveBeenCalledTimes(3)
  })

  it('recovers by itself after an outage once main says the list changed, polling nothing meanwhile', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const counter = fakeCounter()
    counter.listPending.mockResolvedValue({
      ok: false,
      error: { code: 'unreachable', reason: 'refused' }
    })
    await renderApp(counter)
    expect(await screen.findByTestId('connection-banner')).toBeTruthy()
    expect(counter.listPending).toHaveBeenCalledTimes(1)

    // Main keeps asking SecPaid while it is unreachable; the renderer keeps no time for it.
    await act(() => vi.advanceTimersByTimeAsync(60_000))
    expect(counter.listPending).toHaveBeenCalledTimes(1)
    counter.listPending.mockResolvedValue({ ok: true, value: { links: [pendingLink({ linkId: 4 })], complete: true } })
    act(() => counter.emit({ type: 'pending_changed' }))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(counter.listPending).toHaveBeenCalledTimes(2)
    expect(screen.queryByTestId('connection-banner')).toBeNull()
    expect(screen.getByTestId('pending-item-4')).toBeTruthy()
  })

  it('keeps the keypad usable while offline; the banner alone says so, not the list as well', async () => {
    const counter = fakeCounter()
    counter.listPending.mockResolvedValue({
      ok: false,
      error: { code: 'unreachable', reason: 'refused' }
    })
    await renderApp(counter)
    // What fails says it all here: the connection was refused (the fake main has had no good answer yet).
    expect((await screen.findByTestId('connection-problem')).textContent).toBe(
      'SecPaid cannot be reached: the connection was refused. No answer from SecPaid since the start.'
    )
    expect(screen.queryByTestId('pending-error')).toBeNull()
    expect(screen.queryAllByRole('alert')).toHaveLength(1)
    fireEvent.click(screen.getByTestId('key-7'))
    expect(screen.getByTestId<HTMLButtonElement>('charge-button').disabled).toBe(false)
    fireEvent.click(screen.getByTestId('charge-button'))
    await screen.findByTestId('qr-screen')
    expect(counter.charge).toHaveBeenCalledExactlyOnceWith({ amountCents: 7 })
  })

  it('shows a tapped link’s QR code full screen', async () => {
    const counter = fakeCounter()
    counter.listPending.mockResolvedValue({
      ok: true,
      value: { links: [pendingLink({ linkId: 9, amountCents: 1500, note: 'Table 2' })], complete: true }
    })
    await renderApp(counter)
    fireEvent.click(await screen.findByTestId('pending-item-9'))
    expect(screen.getByTestId('qr-amount').textContent).toBe('€15.00')
    expect(screen.getByTestId('qr-screen').textContent).toContain('Table 2')
    expect(await screen.findByTestId('qr-image')).toBeTruthy()
  })
})
