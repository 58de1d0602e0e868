import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.useRealTimers()
})

const MINUTE = 60_000
/** The lock is checked every 5 s: it comes at most that late. */
const CHECK_MS = 5_000
const lockedAfterOneMinute = () => fakeCounter(publicSettings({ pinSet: true, autoLockMinutes: 1 }))

describe('auto-lock after idle minutes', () => {
  it('locks the counter behind the PIN after the idle minutes; only the right PIN opens it, not the settings', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { counter } = await renderApp(lockedAfterOneMinute())
    fireEvent.click(screen.getByTestId('key-4'))
    await act(() => vi.advanceTimersByTimeAsync(MINUTE + CHECK_MS))
    const dialog = await screen.findByTestId('pin-dialog')
    expect(dialog.textContent).toContain('Counter locked')
    expect(screen.queryByTestId('pin-cancel')).toBeNull()
    expect(counter.lockCounter, 'main locks the counter, not only the screen').toHaveBeenCalledTimes(1)

    // Escape does not get past the lock, and keys typed go to the PIN, not the amount.
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(screen.getByTestId('pin-dialog')).toBeTruthy()
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.04')

    fireEvent.change(screen.getByTestId('pin-input'), { target: { value: '2468' } })
    fireEvent.click(screen.getByTestId('pin-submit'))
    await waitFor(() => expect(screen.queryByTestId('pin-dialog')).toBeNull())
    // The PIN opens the counter only: main is asked for just that, so Settings stay locked.
    expect(counter.unlockSettings).toHaveBeenCalledExactlyOnceWith({ pin: '2468', purpose: 'counter' })
    expect(screen.queryByTestId('settings-screen')).toBeNull()
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.04')
  })

  it('a wrong PIN keeps it locked', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const counter = lockedAfterOneMinute()
    counter.unlockSettings.mockResolvedValue({ ok: true, value: { unlocked: false, reason: 'wrong_pin' } })
    await renderApp(counter)
    await act(() => vi.advanceTimersByTimeAsync(MINUTE + CHECK_MS))
    fireEvent.change(await screen.findByTestId('pin-input'), { target: { value: '1111' } })
    fireEvent.click(screen.getByTestId('pin-submit'))
    expect((await screen.findByTestId('pin-error')).textContent).toBe('Wrong PIN. Please try again.')
    expect(screen.getByTestId('pin-dialog')).toBeTruthy()
  })

  it('every tap starts the idle minutes again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    await renderApp(lockedAfterOneMinute())
    await act(() => vi.advanceTimersByTimeAsync(50_000))
    fireEvent.pointerDown(screen.getByTestId('key-1'))
    await act(() => vi.advanceTimersByTimeAsync(50_000))
    expect(screen.queryByTestId('pin-dialog')).toBeNull()
    await act(() => vi.advanceTimersByTimeAsync(10_000 + CHECK_MS))
    expect(screen.getByTestId('pin-dialog')).toBeTruthy()
  })

  it('never locks without a PIN, with 0 minutes, or while a customer looks at a QR code', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    await renderApp(fakeCounter(publicSettings({ pinSet: false, autoLockMinutes: 1 })))
    await act(() => vi.advanceTimersByTimeAsync(2 * MINUTE))
    expect(screen.queryByTestId('pin-dialog')).toBeNull()
    resetApp()

    await renderApp(fakeCounter(publicSettings({ pinSet: true, autoLockMinutes: 0 })))
    await act(() => vi.advanceTimersByTimeAsync(2 * MINUTE))
    expect(screen.queryByTestId('pin-dialog')).toBeNull()
    resetApp()

    await renderApp(lockedAfterOneMinute())
    fireEvent.click(screen.getByTestId('key-5'))
    fireEvent.click(screen.getByTestId('charge-button'))
    await screen.findByTestId('qr-screen')
    await act(() => vi.advanceTimersByTimeAsync(3 * MINUTE))
    expect(screen.queryByTestId('pin-dialog')).toBeNull()
  })
})
