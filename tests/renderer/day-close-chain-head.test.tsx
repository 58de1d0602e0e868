import { fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { DayCloseReport, Language, StatusTotals } from '../../src-preload/contract'
import { useDayCloseStore } from '../../src-renderer/src/stores/day-close-store'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  useDayCloseStore.setState(useDayCloseStore.getInitialState(), true)
})

const none = { count: 0, cents: 0 }
const totals: StatusTotals = { paid: { count: 1, cents: 1000 }, waiting: none, cancelled: none, failed: none }
const HEAD = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0'

const report = (chainHead: DayCloseReport['chainHead']): DayCloseReport => ({
  from: '2026-12-07',
  to: '2026-12-07',
  totals,
  refunds: { requested: none, sent: none },
  tills: [{ till: 'aaaaa', totals, refunds: { requested: none, sent: none } }],
  openAtClose: [],
  outOfOrder: [],
  secpaid: { count: 1, grossCents: 1000, feeCents: 10, netCents: 990, refundCount: 0, refundCents: 0 },
  secpaidFailure: null,
  secpaidPaging: [],
  differences: [],
  moneyWay: null,
  payoutFailure: null,
  chainHead
})

async function openDayClose(language: Language, answer: DayCloseReport) {
  const counter = fakeCounter(publicSettings({ language }))
  counter.dayClose.mockResolvedValue({ ok: true, value: answer })
  await renderApp(counter)
  fireEvent.click(screen.getByTestId('nav-day-close'))
  fireEvent.click(await screen.findByTestId('day-close-show'))
  return screen.findByTestId('day-close-report')
}

describe('the day close shows (and so prints) the books’ chain head at closing time, short form', () => {
  it('in English and German', async () => {
    await openDayClose('en', report({ rows: 6, head: HEAD }))
    expect(screen.getByTestId('day-close-chain-head').textContent).toBe('Books head at closing: 0f1e2d3c4b5a (6 rows)')
    resetApp()
    useDayCloseStore.setState(useDayCloseStore.getInitialState(), true)
    await openDayClose('de', report({ rows: 6, head: HEAD }))
    expect(screen.getByTestId('day-close-chain-head').textContent).toBe(
      'Kopf der Bücher beim Abschluss: 0f1e2d3c4b5a (6 Zeilen)'
    )
  })

  it('shows no head line while the data folder holds no books database', async () => {
    await openDayClose('en', report(null))
    expect(screen.queryByTestId('day-close-chain-head')).toBeNull()
  })
})
