import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { useKeypadStore } from '../../src-renderer/src/stores/keypad-store'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.useRealTimers()
})

/** Charges €1.00 with the buttons, as the cashier does; fake timers hold the QR's first frame back. */
async function chargeBeforeAnyFrame() {
  const rendered = await renderApp()
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
  fireEvent.click(screen.getByTestId('key-1'))
  fireEvent.click(screen.getByTestId('key-00'))
  await act(async () => fireEvent.click(screen.getByTestId('charge-button')))
  expect(screen.getByTestId('qr-screen')).toBeTruthy()
  return rendered
}

describe('the QR screen’s deferred keypad clearing', () => {
  it('leaves no frame or timer behind once the app is unmounted before the QR’s first frame', async () => {
    await chargeBeforeAnyFrame()
    const typed = useKeypadStore.getState().entry
    cleanup()
    // A timer left here fires after the page is gone (in tests: after jsdom's `cancelAnimationFrame` is).
    expect(vi.getTimerCount()).toBe(0)
    // The step was done, not dropped: the keypad the cashier returns to is empty.
    expect(useKeypadStore.getState().entry).not.toEqual(typed)
  })

  it('clears the keypad at once when the QR screen is left before its first frame, and leaves no timer', async () => {
    const { counter } = await chargeBeforeAnyFrame()
    const typed = useKeypadStore.getState().entry
    await act(async () => fireEvent.click(screen.getByTestId('back-to-keypad')))
    expect(useKeypadStore.getState().entry).not.toEqual(typed)
    expect(counter.listPending).toHaveBeenCalled()
    cleanup()
    expect(vi.getTimerCount()).toBe(0)
  })
})
