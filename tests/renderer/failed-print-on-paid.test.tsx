import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { HistorySale, PrintFailure } from '../../src-preload/contract'
import { useHistoryStore } from '../../src-renderer/src/stores/history-store'
import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  useHistoryStore.setState(useHistoryStore.getInitialState(), true)
})

const REFERENCE = 'POS-k7q2m-20261127-0004'
const PAID: HistorySale = {
  reference: REFERENCE,
  day: '2026-11-27',
  at: '2026-11-27T11:00:00.000Z',
  amountCents: 600,
  note: 'table 4',
  status: 'paid',
  linkId: 44,
  till: 'k7q2m',
  refund: null
}

const printFailed = (counter: FakeCounter, reason: PrintFailure, printerName: string | null) =>
  act(() => counter.emit({ type: 'receipt_print_failed', reference: REFERENCE, reason, printerName }))

describe('a receipt printed on Paid that did not print', () => {
  it('tells the cashier which sale and why, in English and German', async () => {
    const { counter } = await renderApp()
    printFailed(counter, 'printer_not_found', 'Bon 80')
    expect(screen.getByTestId('failed-print').textContent).toContain(
      `The receipt for ${REFERENCE} was not printed. The printer “Bon 80” was not found. Check the printer in Settings.`
    )
    resetApp()

    const german = await renderApp(fakeCounter(publicSettings({ language: 'de' })))
    printFailed(german.counter, 'failed', null)
    expect(screen.getByTestId('failed-print').textContent).toContain(
      `Der Beleg für ${REFERENCE} wurde nicht gedruckt. Der Beleg konnte nicht gedruckt werden.`
    )
    expect(screen.getByTestId('failed-print-open').textContent).toBe('Im Verlauf erneut drucken')
  })

  it('opens the sale in History, where Print receipt prints it again', async () => {
    const counter = fakeCounter()
    counter.salesHistory.mockResolvedValue({ ok: true, value: { sales: [PAID], nextCursor: null } })
    counter.saleDetail.mockResolvedValue({
      ok: true,
      value: {
        sale: PAID,
        history: [{ step: 'paid', at: PAID.at }],
        failure: null,
        link: null,
        refundableCents: 600
      }
    })
    await renderApp(counter)
    printFailed(counter, 'printer_not_found', 'Bon 80')
    fireEvent.click(screen.getByTestId('failed-print-open'))

    await screen.findByTestId('history-screen')
    expect(counter.saleDetail).toHaveBeenCalledWith({ reference: REFERENCE })
    fireEvent.click(await screen.findByTestId('sale-print-receipt'))
    await waitFor(() => expect(counter.printReceipt).toHaveBeenCalledWith({ reference: REFERENCE }))
    expect(screen.queryByTestId('failed-print')).toBeNull()
  })

  it('stays until dismissed', async () => {
    const { counter } = await renderApp()
    printFailed(counter, 'no_printing', null)
    expect(screen.getByTestId('failed-print')).toBeTruthy()
    fireEvent.click(screen.getByTestId('failed-print-dismiss'))
    expect(screen.queryByTestId('failed-print')).toBeNull()
  })
})
