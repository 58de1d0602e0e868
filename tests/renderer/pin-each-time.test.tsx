import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.restoreAllMocks()
})

const withPin = (overrides: Parameters<typeof publicSettings>[0] = {}) =>
  fakeCounter(publicSettings({ pinSet: true, ...overrides }))

async function typePin(pin: string) {
  fireEvent.change(await screen.findByTestId('pin-input'), { target: { value: pin } })
  fireEvent.click(screen.getByTestId('pin-submit'))
}

async function openSettings(counter: FakeCounter) {
  await renderApp(counter)
  fireEvent.click(screen.getByTestId('settings-button'))
  await typePin('246810')
  await screen.findByTestId('settings-screen')
  expect(counter.lockSettings).not.toHaveBeenCalled()
}

describe('leaving Settings by any way locks them in main', () => {
  it('the failed-print banner’s "Open in History" leaves Settings and tells main to lock them', async () => {
    const counter = withPin()
    await openSettings(counter)
    act(() =>
      counter.emit({ type: 'receipt_print_failed', reference: 'POS-1', reason: 'no_printing', printerName: null })
    )
    fireEvent.click(await screen.findByTestId('failed-print-open'))
    await screen.findByTestId('history-screen')
    expect(screen.queryByTestId('settings-screen')).toBeNull()
    expect(counter.lockSettings).toHaveBeenCalledTimes(1)
  })

  it('Done tells main once', async () => {
    const counter = withPin()
    await openSettings(counter)
    fireEvent.click(screen.getByTestId('settings-close'))
    await waitFor(() => expect(screen.queryByTestId('settings-screen')).toBeNull())
    expect(counter.lockSettings).toHaveBeenCalledTimes(1)
  })
})

describe('the counter lock is main’s', () => {
  it('starts behind the lock screen when main says the counter is locked; the PIN opens only the counter', async () => {
    const counter = withPin({ autoLockMinutes: 5 })
    counter.lockStatus.mockResolvedValue({ ok: true, value: { counterLocked: true } })
    await renderApp(counter)
    const dialog = await screen.findByTestId('pin-dialog')
    expect(dialog.textContent).toContain('Counter locked')
    expect(screen.queryByTestId('pin-cancel')).toBeNull()
    await typePin('246810')
    await waitFor(() => expect(screen.queryByTestId('pin-dialog')).toBeNull())
    expect(counter.unlockSettings).toHaveBeenCalledExactlyOnceWith({ pin: '246810', purpose: 'counter' })
    expect(screen.queryByTestId('settings-screen')).toBeNull()
  })

  it('a call main refuses with counter_locked brings the lock screen; with "owner" it can be cancelled', async () => {
    const counter = withPin({ autoLockMinutes: 5, autoLockScope: 'owner' })
    counter.salesHistory.mockResolvedValue({ ok: false, error: { code: 'counter_locked' } })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('nav-history'))
    const dialog = await screen.findByTestId('pin-dialog')
    expect(dialog.textContent).toContain('Selling goes on')
    fireEvent.click(screen.getByTestId('pin-cancel'))
    expect(screen.queryByTestId('pin-dialog')).toBeNull()
  })

  it('tells main when the idle minutes are over, and closes the owner’s screen on show', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const counter = withPin({ autoLockMinutes: 1 })
      await renderApp(counter)
      fireEvent.click(screen.getByTestId('nav-history'))
      await screen.findByTestId('history-screen')
      await act(() => vi.advanceTimersByTimeAsync(65_000))
      await screen.findByTestId('pin-dialog')
      expect(counter.lockCounter).toHaveBeenCalledTimes(1)
      expect(screen.queryByTestId('history-screen'), 'the sales are not left on screen').toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('kiosk mode: a save dialog asks for the PIN', () => {
  it('main’s dialog_pin_required opens the PIN pad; the right PIN makes the call again, once', async () => {
    const counter = withPin({ kioskMode: true })
    counter.saveFile
      .mockResolvedValueOnce({ ok: false, error: { code: 'dialog_pin_required' } })
      .mockResolvedValueOnce({ ok: false, error: { code: 'dialog_pin_required' } })
      .mockResolvedValue({ ok: true, value: { saved: true } })
    await renderApp(counter)

    fireEvent.click(screen.getByTestId('export-csv'))
    expect((await screen.findByTestId('pin-dialog')).textContent).toContain('PIN for saving or printing')
    fireEvent.click(screen.getByTestId('pin-cancel'))
    expect((await screen.findByTestId('export-error')).textContent).toBe(
      'In kiosk mode, saving and printing need the owner’s PIN each time.'
    )
    expect(counter.saveFile).toHaveBeenCalledTimes(1)

    fireEvent.click(screen.getByTestId('export-csv'))
    await typePin('246810')
    await waitFor(() => expect(counter.saveFile).toHaveBeenCalledTimes(3))
    expect(screen.queryByTestId('export-error')).toBeNull()
    expect(counter.unlockSettings).toHaveBeenCalledExactlyOnceWith({ pin: '246810', purpose: 'dialog' })
    expect(screen.queryByTestId('settings-screen')).toBeNull()
  })
})

describe('Settings offer 6-digit PINs and show the wrong tries', () => {
  it('recommends 6 digits and says how many wrong PINs came before the last correct one', async () => {
    const counter = withPin({ pinWrongTries: { sinceLastCorrect: 0, beforeLastCorrect: 7 } })
    await openSettings(counter)
    fireEvent.click(screen.getByTestId('settings-section-security'))
    expect(screen.getByTestId('settings-pin-recommended').textContent).toContain('6 digits recommended')
    expect(screen.getByTestId('settings-pin-wrong-tries').textContent).toBe(
      'Wrong PINs typed: 7 before the last correct PIN, 0 since then.'
    )
    expect(screen.getByTestId<HTMLInputElement>('settings-pin-new').maxLength).toBe(6)
  })
})
