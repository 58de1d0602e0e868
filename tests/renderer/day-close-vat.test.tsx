import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { DayCloseReport, Language } from '../../src-preload/contract'
import { useDayCloseStore } from '../../src-renderer/src/stores/day-close-store'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const NBSP = '\u00a0'

afterEach(() => {
  resetApp()
  useDayCloseStore.setState(useDayCloseStore.getInitialState(), true)
})

const none = { count: 0, cents: 0 }
const REPORT: DayCloseReport = {
  from: '2026-11-02',
  to: '2026-11-02',
  totals: { paid: { count: 2, cents: 1973 }, waiting: none, cancelled: none, failed: none },
  refunds: { requested: none, sent: { count: 1, cents: 450 } },
  vat: {
    sales: [
      { ratePercent: 19, grossCents: 500, netCents: 420, vatCents: 80 },
      { ratePercent: 7, grossCents: 1391, netCents: 1300, vatCents: 91 }
    ],
    refunds: [
      { ratePercent: 19, grossCents: 249, netCents: 209, vatCents: 40 },
      { ratePercent: 7, grossCents: 160, netCents: 150, vatCents: 10 }
    ],
    exemptCents: 0,
    exemptRefundCents: 0,
    unrecorded: { count: 1, cents: 500 }
  },
  tills: [],
  openAtClose: [],
  outOfOrder: [],
  secpaid: null,
  secpaidFailure: { code: 'unreachable', reason: 'refused' },
  secpaidPaging: [],
  differences: [],
  moneyWay: null,
  payoutFailure: null
}

async function openDayClose(language: Language) {
  const counter = fakeCounter(publicSettings({ language }))
  counter.dayClose.mockResolvedValue({ ok: true, value: REPORT })
  await renderApp(counter)
  fireEvent.click(screen.getByTestId('nav-day-close'))
  fireEvent.click(await screen.findByTestId('day-close-show'))
  return screen.findByTestId('day-close-vat')
}

const rows = (section: HTMLElement, testId: string) =>
  within(section)
    .getAllByTestId(testId)
    .map((row) => [...row.children].map((cell) => cell.textContent))

describe('the day close shows VAT per rate as main added it up', () => {
  it('in English: net, VAT and gross per rate of the paid sales and of the refunds, older sales apart', async () => {
    const section = await openDayClose('en')
    expect(rows(section, 'day-close-vat-rate')).toEqual([
      ['19 %', '€4.20', '€0.80', '€5.00'],
      ['7 %', '€13.00', '€0.91', '€13.91']
    ])
    expect(rows(section, 'day-close-vat-refund-rate')).toEqual([
      ['19 %', '€2.09', '€0.40', '€2.49'],
      ['7 %', '€1.50', '€0.10', '€1.60']
    ])
    expect(within(section).getByTestId('day-close-vat-unrecorded').textContent).toBe(
      'Sales without recorded VAT: 1 · €5.00'
    )
  })

  it('in German', async () => {
    const section = await openDayClose('de')
    expect(within(section).getByRole('heading').textContent).toBe('Umsatzsteuer je Satz')
    expect(rows(section, 'day-close-vat-rate')[0]).toEqual(['19 %', `4,20${NBSP}€`, `0,80${NBSP}€`, `5,00${NBSP}€`])
  })
})
