import { afterEach, describe, expect, it, vi } from 'vitest'

import { useChargeStore } from '../../src-renderer/src/stores/charge-store'
import { useKeypadStore } from '../../src-renderer/src/stores/keypad-store'
import { useSaleStore } from '../../src-renderer/src/stores/sale-store'
import { useSettingsStore } from '../../src-renderer/src/stores/settings-store'
import { fakeCounter, installCounter, publicSettings } from './support/fake-counter'
import { resetApp } from './support/render-app'

const keypadEntry = () => useKeypadStore.getState().entry

/** Charges €0.07 through the stores alone, as the Charge button does; the fake SecPaid answers link 101. */
async function chargeSevenCents() {
  const counter = installCounter(fakeCounter())
  useSettingsStore.getState().received(publicSettings())
  useKeypadStore.getState().press('7')
  await useChargeStore.getState().charge()
  expect(useSaleStore.getState().shownLink?.linkId).toBe(101)
  return counter
}

describe('clearing the keypad after a charge', () => {
  afterEach(() => {
    resetApp()
    vi.useRealTimers()
  })

  it('waits for the QR’s first frame, then clears the keypad and refreshes the lists once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
    const counter = await chargeSevenCents()
    const typed = keypadEntry()
    expect(counter.listPending).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(100)
    expect(keypadEntry()).not.toEqual(typed)
    expect(counter.listPending).toHaveBeenCalledOnce()
    expect(counter.todaySummary).toHaveBeenCalledOnce()
  })

  it('never lets a step left waiting by an earlier charge touch a later charge of the same link id', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
    await chargeSevenCents()
    // The stores start over, as for the next test's app, while the first charge's step still waits for a frame.
    resetApp()
    const counter = await chargeSevenCents()
    await vi.advanceTimersByTimeAsync(100)
    expect(counter.listPending).toHaveBeenCalledOnce()
    expect(counter.todaySummary).toHaveBeenCalledOnce()
  })
})
