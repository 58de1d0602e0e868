import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { DayCloseReport, HistorySale, PublicSettings, StatusTotals } from '../../src-preload/contract'
import { useDayCloseStore } from '../../src-renderer/src/stores/day-close-store'
import { useHistoryStore } from '../../src-renderer/src/stores/history-store'
import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  useHistoryStore.setState(useHistoryStore.getInitialState(), true)
  useDayCloseStore.setState(useDayCloseStore.getInitialState(), true)
})

const LIVE_WITH_KEY = { demo: false, environment: 'production', hasKey: true } as const

const DEMO_SALE: HistorySale = {
  reference: 'POS-k7q2m-20261127-0001',
  day: '2026-11-27',
  at: '2026-11-27T11:00:00.000Z',
  amountCents: 1250,
  note: 'demo coffee',
  status: 'paid',
  linkId: 9_000_000_000_001,
  till: 'k7q2m',
  refund: null
}
const LIVE_SALE: HistorySale = { ...DEMO_SALE, reference: 'POS-k7q2m-20261127-0002', note: 'live', linkId: 99290 }

const switchTo = (counter: FakeCounter, settings: Partial<PublicSettings>) =>
  act(() => counter.emit({ type: 'settings_changed', settings: publicSettings(settings) }))

/** A Demo sale's detail as main answers it while in Demo; once in Production main refuses it. */
function demoCounter(): FakeCounter {
  const counter = fakeCounter()
  let environment: 'demo' | 'production' = 'demo'
  counter.salesHistory.mockImplementation(async () => ({
    ok: true,
    value: { sales: environment === 'demo' ? [DEMO_SALE] : [LIVE_SALE], nextCursor: null }
  }))
  counter.saleDetail.mockImplementation(async ({ reference }) =>
    environment === 'demo' && reference === DEMO_SALE.reference
      ? {
          ok: true,
          value: {
            sale: DEMO_SALE,
            history: [{ step: 'paid', at: DEMO_SALE.at }],
            failure: null,
            link: null,
            refundableCents: 1250
          }
        }
      : { ok: false, error: { code: 'sale_in_other_environment', reference, environment: 'demo' } }
  )
  const emit = counter.emit
  counter.emit = (event) => {
    if (event.type === 'settings_changed') environment = event.settings.environment === 'demo' ? 'demo' : 'production'
    emit(event)
  }
  return counter
}

describe('switching environment drops what belongs to the old one', () => {
  it('a Demo sale open in History, Back, then Production with a key: History shows the live list, no detail', async () => {
    const { counter } = await renderApp(demoCounter())
    fireEvent.click(screen.getByTestId('nav-history'))
    fireEvent.click(await screen.findByTestId(`history-sale-${DEMO_SALE.reference}`))
    expect(await screen.findByTestId('sale-refund-button')).toBeTruthy()
    fireEvent.click(screen.getByText('Back to the keypad'))
    await screen.findByTestId('charge-button')

    switchTo(counter, LIVE_WITH_KEY)
    fireEvent.click(screen.getByTestId('nav-history'))
    expect(await screen.findByTestId(`history-sale-${LIVE_SALE.reference}`)).toBeTruthy()
    expect(screen.queryByTestId('sale-detail')).toBeNull()
    expect(screen.queryByTestId('sale-refund-button')).toBeNull()
    expect(screen.queryByTestId(`history-sale-${DEMO_SALE.reference}`)).toBeNull()
    expect(counter.refundSale).not.toHaveBeenCalled()
  })

  it('a detail open on screen when the environment changes closes, and the list reloads for the new one', async () => {
    const { counter } = await renderApp(demoCounter())
    fireEvent.click(screen.getByTestId('nav-history'))
    fireEvent.click(await screen.findByTestId(`history-sale-${DEMO_SALE.reference}`))
    fireEvent.click(await screen.findByTestId('sale-refund-button'))
    expect(screen.getByRole('dialog')).toBeTruthy()

    switchTo(counter, LIVE_WITH_KEY)
    expect(await screen.findByTestId(`history-sale-${LIVE_SALE.reference}`)).toBeTruthy()
    expect(screen.queryByTestId('sale-detail')).toBeNull()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(counter.refundSale).not.toHaveBeenCalled()
  })

  it('a failed-print banner of the Demo sale is gone once the counter is live', async () => {
    const counter = demoCounter()
    await renderApp(counter)
    act(() =>
      counter.emit({
        type: 'receipt_print_failed',
        reference: DEMO_SALE.reference,
        reason: 'failed',
        printerName: null
      })
    )
    expect(screen.getByTestId('failed-print')).toBeTruthy()

    switchTo(counter, LIVE_WITH_KEY)
    expect(screen.queryByTestId('failed-print')).toBeNull()
    expect(screen.queryByTestId('failed-print-open')).toBeNull()
    expect(counter.saleDetail).not.toHaveBeenCalled()
  })

  it('a sale main refuses as another environment’s says so, in English and German', async () => {
    const counter = demoCounter()
    await renderApp(counter)
    switchTo(counter, LIVE_WITH_KEY)
    await act(() => useHistoryStore.getState().openSale(DEMO_SALE.reference))
    fireEvent.click(screen.getByTestId('nav-history'))
    expect((await screen.findByRole('alert')).textContent).toContain(
      `Sale ${DEMO_SALE.reference} was made in Demo: it is opened, settled, refunded or printed only there.`
    )
    switchTo(counter, { ...LIVE_WITH_KEY, language: 'de' })
    await act(() => useHistoryStore.getState().openSale(DEMO_SALE.reference))
    expect((await screen.findByRole('alert')).textContent).toContain(
      `Verkauf ${DEMO_SALE.reference} wurde im Modus Demo gemacht`
    )
  })

  it('the day close on screen reloads for the new environment', async () => {
    const totals = (paid: number): StatusTotals => ({
      waiting: { count: 0, cents: 0 },
      paid: { count: 1, cents: paid },
      cancelled: { count: 0, cents: 0 },
      failed: { count: 0, cents: 0 }
    })
    const report = (paid: number): DayCloseReport => ({
      from: '2026-11-27',
      to: '2026-11-27',
      totals: totals(paid),
      refunds: { requested: { count: 0, cents: 0 }, sent: { count: 0, cents: 0 } },
      tills: [],
      openAtClose: [],
      outOfOrder: [],
      secpaid: null,
      secpaidFailure: { code: 'no_key' },
      secpaidPaging: [],
      moneyWay: null,
      payoutFailure: null,
      differences: []
    })
    const counter = fakeCounter()
    counter.dayClose.mockResolvedValueOnce({ ok: true, value: report(1250) })
    counter.dayClose.mockResolvedValueOnce({ ok: true, value: report(7700) })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('nav-day-close'))
    await waitFor(() => expect(screen.getByTestId('day-close-report').textContent).toContain('12.50'))

    switchTo(counter, LIVE_WITH_KEY)
    await waitFor(() => expect(screen.getByTestId('day-close-report').textContent).toContain('77.00'))
    expect(screen.getByTestId('day-close-report').textContent).not.toContain('12.50')
    expect(counter.dayClose).toHaveBeenCalledTimes(2)
  })
})

describe('Production or Development without a usable key', () => {
  it('says "Live – no key", offers no Simulate button, and leads to the key in Settings', async () => {
    const counter = fakeCounter(publicSettings({ demo: false, environment: 'production', hasKey: false }))
    counter.charge.mockResolvedValue({ ok: false, error: { code: 'no_key' } })
    await renderApp(counter)
    const badge = screen.getByTestId('environment-badge')
    expect(badge.getAttribute('data-destination')).toBe('live')
    expect(badge.textContent).toMatch(/^Live – no key/)
    expect(screen.queryByTestId('demo-banner')).toBeNull()

    fireEvent.click(screen.getByText('5'))
    fireEvent.click(screen.getByTestId('charge-button'))
    expect((await screen.findByTestId('error-message')).textContent).toContain('No SecPaid API key is set.')
    expect(screen.queryByTestId('simulate-payment')).toBeNull()

    fireEvent.click(screen.getByTestId('no-key-open-settings'))
    expect(await screen.findByTestId('api-key-status')).toBeTruthy()
  })

  it('says "Sandbox – no key" for Development, and names an undecryptable key', async () => {
    const counter = fakeCounter(
      publicSettings({ demo: false, environment: 'development', hasKey: false, keyStatus: { state: 'undecryptable' } })
    )
    await renderApp(counter)
    expect(screen.getByTestId('environment-badge').textContent).toMatch(/^Sandbox – no key/)
    expect(screen.getByTestId('no-key-banner').textContent).toContain('can no longer be read')
  })
})
