import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { Language, ReceiptData } from '../../src-preload/contract'
import { ReceiptPage } from '../../src-renderer/src/components/receipt/receipt-page'
import { fakeCounter, installCounter, publicSettings, receiptData } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const NBSP = '\u00a0'
const tap = (...testIds: string[]) => testIds.forEach((testId) => fireEvent.click(screen.getByTestId(testId)))

afterEach(resetApp)

describe('the cashier picks a typed amount’s VAT rate before Charge', () => {
  it('charges a lone typed amount at the rate picked for it', async () => {
    const { counter } = await renderApp()
    tap('key-5', 'key-0')
    expect(screen.getByTestId('vat-rate-19').getAttribute('aria-checked')).toBe('true')
    tap('vat-rate-7', 'charge-button')
    await waitFor(() => expect(counter.charge).toHaveBeenCalledExactlyOnceWith({ amountCents: 50, vatRate: 7 }))
  })

  it('gives the line its rate on "+", names a rate other than the default, and sends it with the sale', async () => {
    const { counter } = await renderApp()
    tap('key-1', 'key-0', 'key-7', 'vat-rate-7', 'key-add', 'key-1', 'key-1', 'key-9')
    // The next typed amount starts at the default rate again.
    expect(screen.getByTestId('vat-rate-19').getAttribute('aria-checked')).toBe('true')
    await waitFor(() =>
      expect(screen.getAllByTestId('sale-line').map((line) => line.textContent)).toEqual([
        'Amount (7 %)€1.07×',
        'Amount€1.19'
      ])
    )
    tap('charge-button')
    await waitFor(() =>
      expect(counter.charge).toHaveBeenCalledExactlyOnceWith({
        sale: {
          lines: [
            { kind: 'amount', amountCents: 107, vatRate: 7 },
            { kind: 'amount', amountCents: 119 }
          ],
          tip: { kind: 'none' }
        }
      })
    )
  })

  it('offers no rate to a Kleinunternehmer', async () => {
    const tax = { rates: [19, 7, 0], defaultRate: 19, smallBusiness: true, taxNumber: '' }
    await renderApp(fakeCounter(publicSettings({ tax })))
    tap('key-5')
    expect(screen.queryByTestId('vat-rate-19')).toBeNull()
  })
})

describe('the receipt shows VAT per rate as main journaled it, or the § 19 UStG note', () => {
  const renderReceipt = async (language: Language, overrides: Partial<ReceiptData>) => {
    const counter = fakeCounter(publicSettings({ language }))
    counter.receiptFor.mockResolvedValue({ ok: true, value: receiptData(overrides) })
    installCounter(counter)
    render(<ReceiptPage reference="POS-abcde-20250101-0001" />)
    await screen.findByTestId('receipt')
  }
  const mixed: Partial<ReceiptData> = {
    vat: {
      exempt: false,
      rates: [
        { ratePercent: 19, grossCents: 500, netCents: 420, vatCents: 80 },
        { ratePercent: 7, grossCents: 321, netCents: 300, vatCents: 21 }
      ]
    },
    taxNumber: '12/345/67890'
  }

  it('lists gross, net and VAT for each rate (English)', async () => {
    await renderReceipt('en', mixed)
    expect(screen.getAllByTestId('receipt-vat-rate').map((line) => line.textContent)).toEqual([
      '19 %: gross €5.00, net €4.20, VAT €0.80',
      '7 %: gross €3.21, net €3.00, VAT €0.21'
    ])
    expect(screen.getByTestId('receipt-tax-number').textContent).toBe('Tax no. 12/345/67890')
  })

  it('lists them in German, and carries the exemption note for a Kleinunternehmer', async () => {
    await renderReceipt('de', mixed)
    expect(screen.getAllByTestId('receipt-vat-rate')[1]?.textContent).toBe(
      `7 %: Brutto 3,21${NBSP}€, Netto 3,00${NBSP}€, USt. 0,21${NBSP}€`
    )
    resetApp()
    document.body.innerHTML = ''
    await renderReceipt('de', { vat: { exempt: true, grossCents: 500 } })
    expect(screen.getByTestId('receipt-vat-exempt').textContent).toBe(
      'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmer).'
    )
    expect(screen.queryByTestId('receipt-vat-rate')).toBeNull()
  })

  it('says when an older sale has no VAT recorded', async () => {
    await renderReceipt('en', { vat: null })
    expect(screen.getByTestId('receipt-vat-none').textContent).toBe('No VAT recorded for this sale.')
  })
})
