import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { DayCloseReport, Language, StatusTotals } from '../../src-preload/contract'
import { useDayCloseStore } from '../../src-renderer/src/stores/day-close-store'
import { spreadsheetRows } from '../support/spreadsheet-csv'
import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const NBSP = '\u00a0'

afterEach(() => {
  resetApp()
  useDayCloseStore.setState(useDayCloseStore.getInitialState(), true)
})

const none = { count: 0, cents: 0 }
const totals: StatusTotals = { paid: { count: 3, cents: 2533 }, waiting: none, cancelled: none, failed: none }

const REPORT: DayCloseReport = {
  from: '2026-11-02',
  to: '2026-11-03',
  totals,
  refunds: { requested: none, sent: none },
  tills: [],
  openAtClose: [],
  outOfOrder: [],
  secpaid: { count: 3, grossCents: 2533, feeCents: 25, netCents: 2508, refundCount: 0, refundCents: 0 },
  secpaidFailure: null,
  secpaidPaging: [],
  differences: [],
  moneyWay: {
    days: [
      {
        day: '2026-11-02',
        soldCents: 2233,
        paidCents: 2233,
        feeCents: 22,
        paidOutCents: 2211,
        onItsWayCents: 0,
        inProgressCents: 0
      },
      {
        day: '2026-11-03',
        soldCents: 600,
        paidCents: 300,
        feeCents: 3,
        paidOutCents: 0,
        onItsWayCents: 297,
        inProgressCents: 297
      }
    ],
    payouts: [
      {
        id: '5001',
        transactionId: '20261102-po-tYlGbn74wT',
        day: '2026-11-02',
        amountCents: 2233,
        feeCents: 22,
        netCents: 2211,
        status: 'approved',
        statusText: 'Approved'
      },
      {
        id: '5002',
        transactionId: '20261103-po-abcdefghij',
        day: '2026-11-03',
        amountCents: 300,
        feeCents: 3,
        netCents: 297,
        status: 'in_progress',
        statusText: 'InProgress'
      },
      {
        id: '5003',
        transactionId: null,
        day: null,
        amountCents: 100,
        feeCents: null,
        netCents: 100,
        status: 'unknown',
        statusText: 'OnHold'
      }
    ],
    paging: ['page_cap']
  },
  payoutFailure: null
}

let counter: FakeCounter

async function openDayClose(language: Language, report: DayCloseReport = REPORT) {
  counter = fakeCounter(publicSettings({ language }))
  counter.dayClose.mockResolvedValue({ ok: true, value: report })
  await renderApp(counter)
  fireEvent.click(screen.getByTestId('nav-day-close'))
  fireEvent.click(await screen.findByTestId('day-close-show'))
  await screen.findByTestId('day-close-report')
  return screen.getByTestId('day-close-money-way')
}

const rowText = (section: HTMLElement, testId: string) =>
  [...within(section).getByTestId(testId).children].map((cell) => cell.textContent)

describe('the day close follows the money from the counter to the bank', () => {
  it('in English: sold → paid by customers → fees → paid out, and what is still on its way, per day and in total', async () => {
    const section = await openDayClose('en')
    const headers = within(section)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent)
    expect(headers).toEqual([
      'Day',
      'Sold at the counter',
      'Paid by customers',
      'Fees',
      'Paid out to the bank',
      'Still on its way'
    ])
    expect(rowText(section, 'money-way-2026-11-02').slice(1)).toEqual(['€22.33', '€22.33', '−€0.22', '€22.11', '€0.00'])
    expect(rowText(section, 'money-way-2026-11-03').slice(1)).toEqual([
      '€6.00',
      '€3.00',
      '−€0.03',
      '€0.00',
      '€2.97 (€2.97 in a payout under way)'
    ])
    expect(rowText(section, 'money-way-total')).toEqual([
      'Total',
      '€28.33',
      '€25.33',
      '−€0.25',
      '€22.11',
      '€2.97 (€2.97 in a payout under way)'
    ])
    expect(within(section).getByTestId('payout-approved').textContent).toMatch(
      /^Payments of .+: €22\.11 to the bank \(€22\.33 less fees\), approved, 20261102-po-tYlGbn74wT$/
    )
    expect(within(section).getByTestId('payout-in_progress').textContent).toContain('under way')
    expect(within(section).getByTestId('payout-unknown').textContent).toBe(
      'Payments of a day SecPaid did not name: €1.00 to the bank (€1.00 less fees), status “OnHold” unknown to the app, 5003'
    )
    expect(within(section).getByTestId('day-close-payout-paging').textContent).toBe(
      'SecPaid had more pages of payouts than the app reads: the payouts are incomplete.'
    )
  })

  it('in German', async () => {
    const section = await openDayClose('de')
    expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe('Von der Kasse zur Bank')
    expect(rowText(section, 'money-way-2026-11-03').slice(1)).toEqual([
      `6,00${NBSP}€`,
      `3,00${NBSP}€`,
      `−0,03${NBSP}€`,
      `0,00${NBSP}€`,
      `2,97${NBSP}€ (2,97${NBSP}€ in laufender Auszahlung)`
    ])
    expect(within(section).getByTestId('payout-approved').textContent).toContain(
      `22,11${NBSP}€ an die Bank (22,33${NBSP}€ abzüglich Gebühren), freigegeben`
    )
  })

  it('says why when SecPaid’s payouts could not be read', async () => {
    const section = await openDayClose('en', {
      ...REPORT,
      moneyWay: null,
      payoutFailure: { code: 'secpaid_error', httpStatus: 500, secpaidMessage: null }
    })
    expect(within(section).getByRole('alert').textContent).toMatch(/^SecPaid’s payouts could not be read: ./)
    expect(within(section).queryByRole('table')).toBeNull()
  })

  it('saves the money’s way per day as a CSV the language’s spreadsheet opens, in exact cents', async () => {
    await openDayClose('de')
    fireEvent.click(screen.getByTestId('day-close-payouts-csv'))
    await waitFor(() => expect(counter.saveFile).toHaveBeenCalledTimes(1))
    const saved = counter.saveFile.mock.calls[0]?.[0]
    expect(saved).toMatchObject({ fileName: 'secpaid-payouts-2026-11-02_2026-11-03.csv', kind: 'csv' })
    expect(saved?.content.startsWith('\uFEFF')).toBe(true)
    expect(spreadsheetRows(saved?.content.slice(1) ?? '', ';')).toEqual([
      [
        'Datum',
        'An der Kasse verkauft (EUR)',
        'Von Kunden bezahlt (EUR)',
        'Gebühren (EUR)',
        'An die Bank ausgezahlt (EUR)',
        'Noch unterwegs (EUR)',
        'Davon in laufender Auszahlung (EUR)'
      ],
      ['02.11.2026', '22,33', '22,33', '0,22', '22,11', '0,00', '0,00'],
      ['03.11.2026', '6,00', '3,00', '0,03', '0,00', '2,97', '2,97']
    ])
  })
})
