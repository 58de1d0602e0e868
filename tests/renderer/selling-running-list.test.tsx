import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { IpcResult, LinkView, Product, QuotedLine, SaleComposition, SaleQuote } from '../../src-preload/contract'
import { LONG_PRESS_MS } from '../../src-renderer/src/components/catalogue/use-key-presses'
import { useViewStore } from '../../src-renderer/src/stores/view-store'
import { deferred, fakeCounter, publicSettings, saleLink } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const tap = (...testIds: string[]) => testIds.forEach((testId) => fireEvent.click(screen.getByTestId(testId)))
const chargeButton = () => screen.getByTestId<HTMLButtonElement>('charge-button')
const lineTexts = () => screen.queryAllByTestId('sale-line').map((line) => line.textContent)

/** Main's answer for lines typed on the keypad, each with the same total. */
const amountLines = ({ lines }: SaleComposition, totalCents: number): QuotedLine[] =>
  lines.flatMap((line) => (line.kind === 'amount' ? [{ ...line, totalCents, vatRate: line.vatRate ?? 19 }] : []))

/** The renderer shows main's VAT; these tests are about the other figures. */
const NO_VAT: SaleQuote['vat'] = { exempt: false, rates: [] }

const COFFEE: Product = {
  id: 'coffee',
  name: 'Coffee',
  priceCents: 250,
  colour: '#aa5500',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const CAKE: Product = { id: 'cake', name: 'Cake', priceCents: 320, colour: '', categoryId: '', code: '', soldOutOn: '' }

afterEach(() => {
  vi.useRealTimers()
  resetApp()
})

describe('running list: "+" adds typed amounts into one sale', () => {
  it('adds each typed amount as a line, shows main’s total and charges the composition', async () => {
    const { counter } = await renderApp()
    tap('key-1', 'key-2', 'key-0', 'key-add')
    tap('key-3', 'key-5', 'key-add')
    await waitFor(() => expect(screen.getByTestId('sale-total').textContent).toBe('€1.55'))
    expect(lineTexts()).toEqual(['Amount€1.20×', 'Amount€0.35×'])
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.00')
    expect(chargeButton().textContent).toBe('Charge €1.55')

    tap('charge-button')
    await waitFor(() => expect(counter.charge).toHaveBeenCalledTimes(1))
    expect(counter.charge).toHaveBeenCalledWith({
      sale: {
        lines: [
          { kind: 'amount', amountCents: 120 },
          { kind: 'amount', amountCents: 35 }
        ],
        tip: { kind: 'none' }
      }
    })
    await screen.findByTestId('qr-screen')
  })

  it('shows the figures main answers, not a sum of its own', async () => {
    const counter = fakeCounter()
    const mainsFigures = (composition: SaleComposition): SaleQuote => ({
      lines: amountLines(composition, 1000),
      subtotalCents: 2000,
      tipCents: 0,
      totalCents: 2001,
      vat: NO_VAT
    })
    counter.quoteSale.mockImplementation(async (composition) => ({ ok: true, value: mainsFigures(composition) }))
    await renderApp(counter)
    tap('key-5', 'key-add', 'key-7', 'key-add')
    await waitFor(() => expect(screen.getByTestId('sale-total').textContent).toBe('€20.01'))
    expect(screen.getByTestId('sale-subtotal').textContent).toBe('€20.00')
    expect(chargeButton().textContent).toBe('Charge €20.01')
  })

  it('includes the amount still on the keypad as a last line that cannot be removed yet', async () => {
    const { counter } = await renderApp()
    tap('key-5', 'key-0', 'key-add', 'key-2')
    await waitFor(() => expect(screen.getByTestId('sale-total').textContent).toBe('€0.52'))
    expect(screen.getAllByTestId('sale-line-remove')).toHaveLength(1)
    tap('charge-button')
    await waitFor(() =>
      expect(counter.charge).toHaveBeenCalledWith({
        sale: {
          lines: [
            { kind: 'amount', amountCents: 50 },
            { kind: 'amount', amountCents: 2 }
          ],
          tip: { kind: 'none' }
        }
      })
    )
  })

  it('removes a line and clears the whole sale, back to a plain charge', async () => {
    const { counter } = await renderApp()
    tap('key-1', 'key-add', 'key-2', 'key-add', 'key-3', 'key-add')
    await waitFor(() => expect(lineTexts()).toHaveLength(3))
    fireEvent.click(screen.getAllByTestId('sale-line-remove')[1]!)
    await waitFor(() => expect(screen.getByTestId('sale-total').textContent).toBe('€0.04'))
    expect(lineTexts()).toEqual(['Amount€0.01×', 'Amount€0.03×'])
    tap('sale-clear')
    expect(screen.queryByTestId('sale-lines')).toBeNull()
    tap('key-9', 'charge-button')
    await waitFor(() => expect(counter.charge).toHaveBeenCalledWith({ amountCents: 9 }))
  })

  it('says why main refused the sale and keeps Charge disabled', async () => {
    const counter = fakeCounter()
    counter.quoteSale.mockResolvedValue({
      ok: false,
      error: { code: 'sale_invalid', problem: 'too_many_lines', limit: 50 }
    })
    await renderApp(counter)
    tap('key-1', 'key-add')
    expect((await screen.findByTestId('sale-quote-error')).textContent).toBe('A sale can have at most 50 lines.')
    expect(chargeButton().disabled).toBe(true)
  })

  it('keeps the sale on screen when the charge is refused, and empties it after a charge', async () => {
    const counter = fakeCounter()
    counter.charge.mockResolvedValueOnce({ ok: false, error: { code: 'rate_limited', retryAfterSeconds: 3 } })
    await renderApp(counter)
    tap('key-4', 'key-add')
    await waitFor(() => expect(chargeButton().disabled).toBe(false))
    tap('charge-button')
    await screen.findByTestId('error-message')
    expect(lineTexts()).toEqual(['Amount€0.04×'])
    tap('charge-button')
    await screen.findByTestId('qr-screen')
    act(() => {
      fireEvent.click(screen.getByTestId('back-to-keypad'))
    })
    await screen.findByTestId('charge-button')
    expect(screen.queryByTestId('sale-lines')).toBeNull()
  })
})

describe('running list: the physical "+" key', () => {
  const keyDown = (key: string, code = '') => fireEvent.keyDown(window, { key, code })

  it('adds the typed amount as a line from the main row "+" and from the numpad’s NumpadAdd', async () => {
    await renderApp()
    keyDown('1')
    keyDown('2')
    keyDown('+', 'Equal')
    keyDown('3')
    // A layout whose numpad "+" reports no '+' key still adds by its code.
    keyDown('Unidentified', 'NumpadAdd')
    await waitFor(() => expect(screen.getByTestId('sale-total').textContent).toBe('€0.15'))
    expect(lineTexts()).toEqual(['Amount€0.12×', 'Amount€0.03×'])
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.00')
  })

  it('does nothing while the charge is on its way: the amount stays held and the refusal shows', async () => {
    const counter = fakeCounter()
    const answer = deferred<IpcResult<LinkView>>()
    counter.charge.mockReturnValue(answer.promise)
    await renderApp(counter)
    keyDown('4')
    keyDown('Enter')
    const held = screen.getByTestId('amount-held')
    keyDown('+', 'NumpadAdd')
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.04')
    expect(screen.getByTestId('amount-held')).not.toBe(held)
    expect(screen.queryByTestId('sale-lines')).toBeNull()
    await act(async () => answer.resolve({ ok: true, value: saleLink({ amountCents: 4 }) }))
    expect(counter.charge).toHaveBeenCalledExactlyOnceWith({ amountCents: 4 })
  })

  it('does nothing while the keypad is hidden behind another screen', async () => {
    await renderApp()
    keyDown('7')
    fireEvent.click(screen.getByTestId('nav-history'))
    await screen.findByTestId('history-screen')
    keyDown('+')
    act(() => useViewStore.getState().show('keypad'))
    await screen.findByTestId('charge-button')
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.07')
    expect(screen.queryByTestId('sale-lines')).toBeNull()
  })
})

describe('quick keys', () => {
  const withProducts = () => fakeCounter(publicSettings({ products: [COFFEE, CAKE] }))

  it('adds one of a product per tap on a new key, shows main’s name and price, and sends only ids', async () => {
    const { counter } = await renderApp(withProducts())
    tap('quick-key-coffee', 'quick-key-cake')
    await waitFor(() => expect(screen.getByTestId('sale-total').textContent).toBe('€5.70'))
    expect(lineTexts()).toEqual(['1 × Coffee€2.50×', '1 × Cake€3.20×'])
    tap('charge-button')
    await waitFor(() =>
      expect(counter.charge).toHaveBeenCalledWith({
        sale: {
          lines: [
            { kind: 'product', productId: 'coffee', quantity: 1 },
            { kind: 'product', productId: 'cake', quantity: 1 }
          ],
          tip: { kind: 'none' }
        }
      })
    )
  })

  it('shows the new price when the owner changes it between tap and Charge, and Charge takes it', async () => {
    const { counter } = await renderApp(withProducts())
    tap('quick-key-coffee', 'quick-key-coffee')
    fireEvent.change(await screen.findByTestId('quantity-input'), { target: { value: '2' } })
    tap('quantity-set')
    await waitFor(() => expect(lineTexts()).toEqual(['2 × Coffee€5.00×']))
    expect(chargeButton().textContent).toBe('Charge €5.00')

    // The owner raises the price on another till sharing these settings: main announces it.
    const changed = await counter.updateSettings({
      products: [{ ...COFFEE, name: 'Flat white', priceCents: 290 }, CAKE]
    })
    if (!changed.ok) throw new Error('the fake refused the change')
    act(() => counter.emit({ type: 'settings_changed', settings: changed.value }))
    await waitFor(() => expect(lineTexts()).toEqual(['2 × Flat white€5.80×']))
    expect(chargeButton().textContent).toBe('Charge €5.80')
    tap('charge-button')
    await screen.findByTestId('qr-screen')
    expect(counter.charge).toHaveBeenCalledExactlyOnceWith({
      sale: { lines: [{ kind: 'product', productId: 'coffee', quantity: 2 }], tip: { kind: 'none' } }
    })
    expect(screen.getByTestId('qr-screen').textContent).toContain('€5.80')
  })

  it('asks for the quantity on a second tap of the same key', async () => {
    await renderApp(withProducts())
    tap('quick-key-coffee', 'quick-key-coffee')
    const input = await screen.findByTestId<HTMLInputElement>('quantity-input')
    expect(input.value).toBe('1')
    fireEvent.change(input, { target: { value: '3' } })
    tap('quantity-set')
    await waitFor(() => expect(lineTexts()).toEqual(['3 × Coffee€7.50×']))
    expect(within(screen.getByTestId('quick-key-coffee')).getByTestId('quick-key-count').textContent).toBe('3')
  })

  it('asks for the quantity on a long press, and adds nothing when cancelled', async () => {
    await renderApp(withProducts())
    const longPress = (testId: string) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      fireEvent.pointerDown(screen.getByTestId(testId))
      act(() => {
        vi.advanceTimersByTime(LONG_PRESS_MS)
      })
      // The click that ends the press adds nothing of its own.
      fireEvent.click(screen.getByTestId(testId))
      vi.useRealTimers()
    }
    longPress('quick-key-cake')
    fireEvent.change(screen.getByTestId('quantity-input'), { target: { value: '4' } })
    tap('quantity-set')
    await waitFor(() => expect(lineTexts()).toEqual(['4 × Cake€12.80×']))

    longPress('quick-key-coffee')
    expect(screen.getByTestId<HTMLInputElement>('quantity-input').value).toBe('1')
    tap('quantity-cancel')
    expect(screen.queryByTestId('quantity-input')).toBeNull()
    expect(lineTexts()).toEqual(['4 × Cake€12.80×'])
  })

  it('adds one on a short press', async () => {
    await renderApp(withProducts())
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    fireEvent.pointerDown(screen.getByTestId('quick-key-cake'))
    act(() => {
      vi.advanceTimersByTime(LONG_PRESS_MS - 100)
    })
    fireEvent.click(screen.getByTestId('quick-key-cake'))
    act(() => {
      vi.advanceTimersByTime(LONG_PRESS_MS)
    })
    vi.useRealTimers()
    expect(screen.queryByTestId('quantity-input')).toBeNull()
    await waitFor(() => expect(lineTexts()).toEqual(['1 × Cake€3.20×']))
  })

  it('shows no quick keys when the owner defined none', async () => {
    await renderApp()
    expect(screen.queryByRole('group', { name: 'Quick keys' })).toBeNull()
  })
})

describe('tips', () => {
  const withTips = () =>
    fakeCounter(publicSettings({ tips: { enabled: true, percentPresets: [5, 10], roundUp: true } }))

  it('offers none, the presets and round-up once there is something to charge, and charges the choice', async () => {
    const { counter } = await renderApp(withTips())
    expect(screen.queryByTestId('tip-none')).toBeNull()
    tap('key-8', 'key-5', 'key-0')
    expect(screen.getByTestId('tip-percent-5').textContent).toBe('5 %')
    expect(screen.getByTestId('tip-percent-10')).toBeTruthy()
    expect(screen.getByTestId('tip-round-up')).toBeTruthy()
    expect(screen.getByTestId('tip-none').getAttribute('aria-checked')).toBe('true')
    tap('tip-percent-10')
    expect(screen.getByTestId('tip-percent-10').getAttribute('aria-checked')).toBe('true')
    await waitFor(() => expect(counter.quoteSale).toHaveBeenCalled())
    await waitFor(() => expect(chargeButton().disabled).toBe(false))
    tap('charge-button')
    await waitFor(() =>
      expect(counter.charge).toHaveBeenCalledWith({
        sale: { lines: [{ kind: 'amount', amountCents: 850 }], tip: { kind: 'percent', percent: 10 } }
      })
    )
  })

  it('shows main’s tip in the running list', async () => {
    const counter = withTips()
    counter.quoteSale.mockImplementation(async ({ lines }) => ({
      ok: true,
      value: {
        lines: amountLines({ lines, tip: { kind: 'none' } }, 850),
        subtotalCents: 850,
        tipCents: 85,
        totalCents: 935,
        vat: NO_VAT
      }
    }))
    await renderApp(counter)
    tap('key-8', 'key-5', 'key-0', 'tip-percent-10')
    await waitFor(() => expect(screen.getByTestId('sale-tip').textContent).toBe('€0.85'))
    expect(chargeButton().textContent).toBe('Charge €9.35')
  })

  it('says so when the owner withdraws the chosen tip, and lets the cashier choose none', async () => {
    const counter = withTips()
    await renderApp(counter)
    tap('key-8', 'key-5', 'key-0', 'tip-percent-10')
    await waitFor(() => expect(screen.getByTestId('sale-tip').textContent).toBe('€0.85'))

    const changed = await counter.updateSettings({ tips: { enabled: false, percentPresets: [5, 10], roundUp: true } })
    if (!changed.ok) throw new Error('the fake refused the change')
    act(() => counter.emit({ type: 'settings_changed', settings: changed.value }))
    expect((await screen.findByTestId('sale-quote-error')).textContent).toBe(
      'This tip is not offered (any more). Choose another tip or none.'
    )
    expect(chargeButton().disabled).toBe(true)
    expect(screen.queryByTestId('tip-percent-10')).toBeNull()
    tap('tip-none')
    await waitFor(() => expect(chargeButton().textContent).toBe('Charge €8.50'))
    expect(screen.queryByTestId('sale-quote-error')).toBeNull()
  })

  it('offers no tip when the owner has tips switched off', async () => {
    await renderApp()
    tap('key-5')
    expect(screen.queryByTestId('tip-none')).toBeNull()
  })
})
