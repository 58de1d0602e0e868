import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { Channel } from '../../src-preload/contract'
import { fakeCounter } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** What the renderer used to ask main for on timers of its own. */
const ASKED_ON_EVENTS: readonly Channel[] = ['listPending', 'todaySummary', 'resolveSale', 'uncertainSale']

/** Every timer the renderer's own code sets, as `hooks/use-now.ts setInterval 1000`. */
function recordRendererTimers(): string[] {
  const timers: string[] = []
  for (const name of ['setInterval', 'setTimeout'] as const) {
    const original = globalThis[name]
    vi.spyOn(globalThis, name).mockImplementation((callback: () => void, ms?: number) => {
      const caller = /\/src-renderer\/src\/([\w/.-]+)/.exec(new Error().stack ?? '')?.[1]
      if (caller !== undefined) timers.push(`${caller} ${name} ${ms ?? 0}`)
      return original(callback, ms)
    })
  }
  return timers
}

describe('the renderer keeps no time for main', () => {
  it('asks for the pending list, the totals and the uncertain sale only at start and on main’s events', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const rendererTimers = recordRendererTimers()
    const counter = fakeCounter()
    // The worst case for polling: SecPaid rate-limits the list and a charge's answer was lost before a restart.
    counter.listPending.mockResolvedValue({ ok: false, error: { code: 'rate_limited', retryAfterSeconds: 7 } })
    counter.uncertainSale.mockResolvedValue({
      ok: true,
      value: { reference: 'POS-counter1-20250101-7', amountCents: 500 }
    })
    await renderApp(counter)
    await screen.findByTestId('uncertain-sale')
    await act(() => vi.advanceTimersByTimeAsync(0))
    const atStart = ASKED_ON_EVENTS.map((channel) => counter[channel].mock.calls.length)
    expect(atStart).toEqual([1, 1, 0, 1])

    await act(() => vi.advanceTimersByTimeAsync(10 * 60_000))
    expect(ASKED_ON_EVENTS.map((channel) => counter[channel].mock.calls.length)).toEqual(atStart)
    // The only clocks left are the screen's own (a countdown's seconds, a link's age), none asking main anything.
    expect(rendererTimers.filter((timer) => !/^hooks\/use-(countdown|now)\.ts /.test(timer))).toEqual([])

    act(() => counter.emit({ type: 'pending_changed' }))
    act(() => counter.emit({ type: 'summary_changed' }))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(ASKED_ON_EVENTS.map((channel) => counter[channel].mock.calls.length)).toEqual([2, 2, 0, 1])
  })
})
