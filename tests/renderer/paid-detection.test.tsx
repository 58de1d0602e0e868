import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { SaleStatus } from '../../src-preload/contract'
import { paidSound } from '../../src-renderer/src/lib/browser/paid-sound'
import { type FakeCounter, fakeCounter, pendingLink, publicSettings, saleLink } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

async function showChargedQr(counter: FakeCounter = fakeCounter()) {
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('key-1'))
  fireEvent.click(screen.getByTestId('key-00'))
  fireEvent.click(screen.getByTestId('charge-button'))
  await screen.findByTestId('qr-screen')
  await waitFor(() => expect(rendered.counter.watchLink).toHaveBeenCalled())
  return rendered
}

/** Main's paid detection telling the renderer what it learned about a link. */
const linkStatus = (counter: FakeCounter, state: SaleStatus, linkId = 101) => {
  act(() => counter.emit({ type: 'link_status', linkId, state }))
}

/** Every call the renderer made to main, whatever the channel. */
const allCalls = (counter: FakeCounter) =>
  Object.values(counter).reduce((sum, spy) => sum + ('mock' in spy ? spy.mock.calls.length : 0), 0)

const silenceSound = () => vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)

describe('paid detection on the QR screen', () => {
  it('starts watching the charged link as soon as its QR is shown', async () => {
    const { counter } = await showChargedQr()
    await waitFor(() => expect(counter.watchLink).toHaveBeenCalledWith({ linkId: 101 }))
  })

  it('watches a link tapped in the pending sidebar', async () => {
    const counter = fakeCounter()
    counter.listPending.mockResolvedValue({ ok: true, value: { links: [pendingLink({ linkId: 9 })], complete: true } })
    await renderApp(counter)
    fireEvent.click(await screen.findByTestId('pending-item-9'))
    await waitFor(() => expect(counter.watchLink).toHaveBeenCalledWith({ linkId: 9 }))
    silenceSound()
    linkStatus(counter, 'paid', 9)
    expect(await screen.findByTestId('paid-screen')).toBeTruthy()
  })

  it('asks main nothing while the QR is on screen: what main learns arrives as its events', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { counter } = await showChargedQr()
    await act(() => vi.advanceTimersByTimeAsync(0))
    const before = allCalls(counter)
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(allCalls(counter)).toBe(before)
    expect(counter.onEvent).toHaveBeenCalledTimes(1)
  })

  it('shows the Paid screen with the amount once main reports the link paid', async () => {
    silenceSound()
    const counter = fakeCounter()
    await showChargedQr(counter)
    expect(screen.queryByTestId('paid-screen')).toBeNull()
    linkStatus(counter, 'paid')
    const paidScreen = await screen.findByTestId('paid-screen')
    expect(paidScreen.textContent).toContain('Paid')
    expect(paidScreen.textContent).toContain('€1.00')
  })

  it('takes the Paid screen from watchLink’s own answer when the link is already paid', async () => {
    silenceSound()
    const counter = fakeCounter()
    counter.watchLink.mockResolvedValue({ ok: true, value: { state: 'paid' } })
    await showChargedQr(counter)
    expect(await screen.findByTestId('paid-screen')).toBeTruthy()
  })

  it('says Paid in German', async () => {
    silenceSound()
    const counter = fakeCounter(publicSettings({ language: 'de' }))
    await showChargedQr(counter)
    linkStatus(counter, 'paid')
    expect((await screen.findByTestId('paid-screen')).textContent).toContain('Bezahlt')
  })

  it('plays the paid sound once when paidSound is on', async () => {
    const play = silenceSound()
    const counter = fakeCounter(publicSettings({ paidSound: true }))
    await showChargedQr(counter)
    expect(play).not.toHaveBeenCalled()
    linkStatus(counter, 'paid')
    await screen.findByTestId('paid-screen')
    linkStatus(counter, 'paid')
    expect(play).toHaveBeenCalledTimes(1)
  })

  it('stays silent when paidSound is off', async () => {
    const play = silenceSound()
    const counter = fakeCounter(publicSettings({ paidSound: false }))
    await showChargedQr(counter)
    linkStatus(counter, 'paid')
    await screen.findByTestId('paid-screen')
    expect(play).not.toHaveBeenCalled()
  })

  it('goes back to the keypad after paidScreenSeconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    silenceSound()
    const counter = fakeCounter(publicSettings({ paidScreenSeconds: 7 }))
    await showChargedQr(counter)
    linkStatus(counter, 'paid')
    await screen.findByTestId('paid-screen')
    await act(() => vi.advanceTimersByTimeAsync(6_500))
    expect(screen.getByTestId('paid-screen')).toBeTruthy()
    await act(() => vi.advanceTimersByTimeAsync(1_000))
    expect(screen.queryByTestId('paid-screen')).toBeNull()
    expect(screen.getByTestId('charge-button')).toBeTruthy()
  })

  it('goes back to the keypad at once on a tap', async () => {
    silenceSound()
    const counter = fakeCounter(publicSettings({ paidScreenSeconds: 60 }))
    await showChargedQr(counter)
    linkStatus(counter, 'paid')
    fireEvent.click(await screen.findByTestId('paid-done'))
    expect(screen.queryByTestId('paid-screen')).toBeNull()
    expect(screen.getByTestId('charge-button')).toBeTruthy()
  })
})

describe('leaving the QR screen stops paid detection', () => {
  it('calls unwatchLink after going back to the keypad, and a later paid report for that link changes nothing', async () => {
    const play = silenceSound()
    const { counter } = await showChargedQr()
    fireEvent.click(screen.getByTestId('back-to-keypad'))
    expect(counter.unwatchLink).toHaveBeenCalledExactlyOnceWith({})
    linkStatus(counter, 'paid')
    expect(screen.queryByTestId('paid-screen')).toBeNull()
    expect(screen.getByTestId('charge-button')).toBeTruthy()
    expect(play).not.toHaveBeenCalled()
  })

  it('ignores a report about another link while a QR is on screen', async () => {
    const { counter } = await showChargedQr()
    linkStatus(counter, 'paid', 999)
    linkStatus(counter, 'cancelled', 998)
    expect(screen.getByTestId('qr-screen')).toBeTruthy()
    expect(await screen.findByTestId('qr-image')).toBeTruthy()
  })

  it('leaves as many timers running on the keypad as before the QR was shown', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { counter } = await renderApp()
    await act(() => vi.advanceTimersByTimeAsync(0))
    const keypadTimers = vi.getTimerCount()
    fireEvent.click(screen.getByTestId('key-5'))
    fireEvent.click(screen.getByTestId('charge-button'))
    await screen.findByTestId('qr-screen')
    await waitFor(() => expect(counter.watchLink).toHaveBeenCalled())
    fireEvent.click(screen.getByTestId('back-to-keypad'))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(vi.getTimerCount()).toBe(keypadTimers)
  })

  it('calls unwatchLink once the link is paid and the Paid screen replaces the QR', async () => {
    silenceSound()
    const counter = fakeCounter(publicSettings({ paidScreenSeconds: 60 }))
    await showChargedQr(counter)
    linkStatus(counter, 'paid')
    await screen.findByTestId('paid-screen')
    expect(counter.unwatchLink).toHaveBeenCalledTimes(1)
  })

  it('leaves no timer and no event subscription behind when the app unmounts with a QR on screen', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { counter } = await showChargedQr()
    // The sale store's own step after the QR's first frame (clearing the keypad, refreshing the lists) is done.
    await act(() => vi.advanceTimersByTimeAsync(100))
    const subscription = counter.onEvent.mock.results[0]
    cleanup()
    expect(counter.unwatchLink).toHaveBeenCalledTimes(1)
    expect(subscription?.type).toBe('return')
    const callsWhenUnmounted = allCalls(counter)
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    linkStatus(counter, 'paid')
    expect(allCalls(counter)).toBe(callsWhenUnmounted)
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('a link that is gone or a SecPaid that is unreachable', () => {
  it('replaces the QR with “cancelled or deleted” and offers the way back', async () => {
    const counter = fakeCounter()
    await showChargedQr(counter)
    await screen.findByTestId('qr-image')
    linkStatus(counter, 'cancelled')
    expect((await screen.findByTestId('link-gone')).textContent).toBe('This link was cancelled or deleted')
    expect(screen.queryByTestId('qr-image')).toBeNull()
    expect(screen.queryByTestId('simulate-payment')).toBeNull()
    fireEvent.click(screen.getByTestId('back-to-keypad'))
    expect(screen.getByTestId('charge-button')).toBeTruthy()
  })

  it('keeps the QR and says it is still checking while SecPaid is unreachable, then clears by itself', async () => {
    const counter = fakeCounter()
    await showChargedQr(counter)
    act(() =>
      counter.emit({
        type: 'connection',
        online: false,
        problem: { kind: 'secpaid_unreachable', reason: 'dropped' },
        lastAnswerAt: null
      })
    )
    expect((await screen.findByTestId('offline-banner')).textContent).toBe(
      'SecPaid is unreachable – still checking for the payment'
    )
    expect(screen.getByTestId('qr-screen')).toBeTruthy()
    expect(await screen.findByTestId('qr-image')).toBeTruthy()

    act(() => counter.emit({ type: 'connection', online: true, problem: null, lastAnswerAt: null }))
    await waitFor(() => expect(screen.queryByTestId('offline-banner')).toBeNull())
    expect(screen.getByTestId('qr-screen')).toBeTruthy()
  })
})

describe('a sale recovered after a restart', () => {
  it('shows its QR at start-up with a notice, and watches it', async () => {
    const counter = fakeCounter()
    counter.recoveredSale.mockResolvedValue({
      ok: true,
      value: saleLink({ linkId: 55, amountCents: 2_500, reference: 'POS-counter1-20250101-9' })
    })
    await renderApp(counter)
    expect((await screen.findByTestId('recovered-notice')).textContent).toBe('Recovered after restart')
    expect(screen.getByTestId('qr-amount').textContent).toBe('€25.00')
    expect(counter.recoveredSale).toHaveBeenCalledExactlyOnceWith({})
    await waitFor(() => expect(counter.watchLink).toHaveBeenCalledWith({ linkId: 55 }))
  })

  it('stays on the keypad when nothing was left open', async () => {
    const { counter } = await renderApp()
    await waitFor(() => expect(counter.recoveredSale).toHaveBeenCalledTimes(1))
    expect(screen.queryByTestId('qr-screen')).toBeNull()
    expect(screen.queryByTestId('recovered-notice')).toBeNull()
  })

  it('carries no notice on the QR of a sale charged now', async () => {
    await showChargedQr()
    expect(screen.queryByTestId('recovered-notice')).toBeNull()
  })
})
