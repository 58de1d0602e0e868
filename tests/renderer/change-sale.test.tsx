import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { ChargeRequest, IpcResult, Product, SaleChange } from '../../src-preload/contract'
import { deferred, type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const tap = (...testIds: string[]) => testIds.forEach((testId) => fireEvent.click(screen.getByTestId(testId)))
const lineTexts = () => screen.queryAllByTestId('sale-line').map((line) => line.textContent)
const noteInput = () => screen.getByTestId<HTMLInputElement>('note-input')

const COFFEE: Product = {
  id: 'coffee',
  name: 'Coffee',
  priceCents: 250,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const CAKE: Product = { id: 'cake', name: 'Cake', priceCents: 320, colour: '', categoryId: '', code: '', soldOutOn: '' }
const REFERENCE = 'POS-counter1-20250101-1'

afterEach(() => {
  resetApp()
  vi.restoreAllMocks()
})

/** A counter whose main answers "Change" with exactly the sale it was last charged (as main journals it). */
function counterThatJournals(): FakeCounter {
  const counter = fakeCounter(
    publicSettings({ products: [COFFEE, CAKE], tips: { enabled: true, percentPresets: [10], roundUp: true } })
  )
  counter.changeSale.mockImplementation(async () => {
    const charged = counter.charge.mock.calls.at(-1)?.[0] as ChargeRequest
    const note = charged.note ?? ''
    const charge = 'sale' in charged ? { sale: charged.sale, note } : { amountCents: charged.amountCents, note }
    return { ok: true, value: { reference: REFERENCE, charge } }
  })
  return counter
}

/** Three lines (2 × Coffee, Cake, €1.05 typed), a 10 % tip and a note, charged: its QR is on screen. */
async function chargeThreeLines(counter: FakeCounter) {
  await renderApp(counter)
  tap('quick-key-coffee', 'quick-key-coffee')
  fireEvent.change(await screen.findByTestId('quantity-input'), { target: { value: '2' } })
  tap('quantity-set', 'quick-key-cake', 'key-1', 'key-0', 'key-5', 'key-add', 'tip-percent-10')
  fireEvent.change(noteInput(), { target: { value: 'Table 4' } })
  await waitFor(() => expect(screen.getByTestId('sale-total').textContent).toBe('€10.18'))
  tap('charge-button')
  await screen.findByTestId('qr-screen')
}

describe('"Change" on the QR screen', () => {
  it('brings the lines, quantities, tip and note back; one removed, Charge names the sale it replaces', async () => {
    const counter = counterThatJournals()
    await chargeThreeLines(counter)

    tap('change-sale')

    await screen.findByTestId('amount-display')
    expect(screen.queryByTestId('qr-screen')).toBeNull()
    expect(counter.changeSale).toHaveBeenCalledWith({ linkId: 101 })
    await waitFor(() => expect(lineTexts()).toHaveLength(3))
    expect(lineTexts()).toEqual(['2 × Coffee€5.00×', '1 × Cake€3.20×', 'Amount€1.05×'])
    expect(screen.getByTestId('tip-percent-10').getAttribute('aria-checked')).toBe('true')
    expect(noteInput().value).toBe('Table 4')
    await waitFor(() => expect(screen.getByTestId('sale-total').textContent).toBe('€10.18'))

    fireEvent.click(screen.getAllByTestId('sale-line-remove')[2]!)
    await waitFor(() => expect(screen.getByTestId('sale-total').textContent).toBe('€9.02'))
    tap('charge-button')
    await screen.findByTestId('qr-screen')
    expect(counter.charge).toHaveBeenLastCalledWith({
      sale: {
        lines: [
          { kind: 'product', productId: 'coffee', quantity: 2 },
          { kind: 'product', productId: 'cake', quantity: 1 }
        ],
        tip: { kind: 'percent', percent: 10 }
      },
      note: 'Table 4',
      replaces: REFERENCE
    })
  })

  it('brings a plain amount back as typed, with its note', async () => {
    const counter = counterThatJournals()
    await renderApp(counter)
    tap('key-4', 'key-5', 'key-0')
    fireEvent.change(noteInput(), { target: { value: 'Bar' } })
    tap('charge-button')
    await screen.findByTestId('qr-screen')

    tap('change-sale')

    await waitFor(() => expect(screen.getByTestId('amount-display').textContent).toBe('€4.50'))
    expect(noteInput().value).toBe('Bar')
    tap('charge-button')
    await screen.findByTestId('qr-screen')
    expect(counter.charge).toHaveBeenLastCalledWith({ amountCents: 450, note: 'Bar', replaces: REFERENCE })
  })

  it('a link paid meanwhile shows Paid and brings nothing back', async () => {
    const counter = counterThatJournals()
    counter.changeSale.mockResolvedValue({ ok: false, error: { code: 'already_paid', linkId: 101 } })
    await chargeThreeLines(counter)

    tap('change-sale')

    await screen.findByTestId('paid-screen')
    tap('paid-done')
    await screen.findByTestId('amount-display')
    expect(lineTexts()).toEqual([])
    expect(noteInput().value).toBe('')
  })

  it('a cancel main could not confirm keeps the QR, says why, and brings nothing back', async () => {
    const counter = counterThatJournals()
    counter.changeSale.mockResolvedValue({ ok: false, error: { code: 'unreachable', reason: 'refused' } })
    await chargeThreeLines(counter)

    tap('change-sale')

    await waitFor(() => expect(screen.getByTestId('qr-screen').textContent).toContain('SecPaid'))
    expect(screen.getByTestId('qr-image')).toBeTruthy()
    tap('back-to-keypad')
    expect(lineTexts()).toEqual([])
  })

  it('answered after the cashier left the QR: back when the keypad is empty, never over a sale being rung up', async () => {
    for (const ringingUp of [false, true]) {
      const counter = counterThatJournals()
      const answer = deferred<IpcResult<SaleChange>>()
      counter.changeSale.mockReturnValue(answer.promise)
      await renderApp(counter)
      tap('key-4', 'key-5', 'key-0', 'charge-button')
      await screen.findByTestId('qr-screen')
      tap('change-sale', 'back-to-keypad')
      if (ringingUp) tap('key-7')
      answer.resolve({ ok: true, value: { reference: REFERENCE, charge: { amountCents: 450, note: '' } } })
      await waitFor(() => expect(counter.changeSale).toHaveBeenCalled())
      const shown = ringingUp ? '€0.07' : '€4.50'
      await waitFor(() => expect(screen.getByTestId('amount-display').textContent).toBe(shown))
      resetApp()
    }
  })
})
