import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { Category, IpcResult, Product, SaleQuote } from '../../src-preload/contract'
import { localDay } from '../../src-preload/contract/locale'
import { LONG_PRESS_MS } from '../../src-renderer/src/components/catalogue/use-key-presses'
import { deferred, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const CATEGORIES: Category[] = [
  { id: 'drinks', name: 'Drinks', colour: '#1546c8' },
  { id: 'bakery', name: 'Bakery', colour: '' }
]
const product = (id: string, name: string, priceCents: number, categoryId: string, code: string): Product => ({
  id,
  name,
  priceCents,
  colour: '',
  categoryId,
  code,
  soldOutOn: ''
})
const PRODUCTS: Product[] = [
  product('cappuccino', 'Cappuccino', 320, 'drinks', 'CAP'),
  product('cola', 'Cola', 280, 'drinks', 'C1'),
  product('croissant', 'Croissant', 180, 'bakery', 'CR'),
  product('kase', 'Käsebrötchen', 250, 'bakery', 'K'),
  product('gift', 'Gift card', 2000, '', '')
]

const catalogueCounter = (products: Product[] = PRODUCTS) =>
  fakeCounter(publicSettings({ language: 'en', products, categories: CATEGORIES }))
const lineTexts = () => screen.queryAllByTestId('sale-line').map((line) => line.textContent)
const keysShown = () =>
  within(screen.getByTestId('catalogue-grid'))
    .queryAllByRole('button')
    .map((key) => key.dataset.testid)
const keyDown = (key: string) => fireEvent.keyDown(document.body, { key })
const search = () => screen.getByTestId<HTMLInputElement>('catalogue-search')

afterEach(() => {
  vi.useRealTimers()
  resetApp()
})

describe('the catalogue on the keypad screen: category tabs and a grid of big keys', () => {
  it('shows the owner’s categories as tabs in order, with "Other" for products without one', async () => {
    await renderApp(catalogueCounter())
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Drinks', 'Bakery', 'Other'])
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true')
    expect(keysShown()).toEqual(['quick-key-cappuccino', 'quick-key-cola'])
    fireEvent.click(screen.getByTestId('catalogue-tab-bakery'))
    expect(keysShown()).toEqual(['quick-key-croissant', 'quick-key-kase'])
    fireEvent.click(screen.getByTestId('catalogue-tab-__other'))
    expect(keysShown()).toEqual(['quick-key-gift'])
    fireEvent.click(screen.getByTestId('quick-key-gift'))
    await waitFor(() => expect(lineTexts()).toEqual(['1 × Gift card€20.00×']))
  })

  it('a tap shows its line at once; the line’s total is main’s, shown once main has priced it', async () => {
    const counter = catalogueCounter()
    const mainsAnswer = deferred<IpcResult<SaleQuote>>()
    counter.quoteSale.mockImplementationOnce(() => mainsAnswer.promise)
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('quick-key-cola'))
    expect(lineTexts()).toEqual(['1 × Cola…×'])
    expect(screen.getByTestId<HTMLButtonElement>('charge-button').disabled).toBe(true)
    mainsAnswer.resolve({
      ok: true,
      value: {
        lines: [
          {
            kind: 'product',
            productId: 'cola',
            name: 'Cola',
            unitCents: 280,
            quantity: 1,
            totalCents: 280,
            vatRate: 19
          }
        ],
        subtotalCents: 280,
        tipCents: 0,
        totalCents: 280,
        vat: { exempt: false, rates: [{ ratePercent: 19, grossCents: 280, netCents: 235, vatCents: 45 }] }
      }
    })
    await waitFor(() => expect(lineTexts()).toEqual(['1 × Cola€2.80×']))
  })

  it('without categories shows every product as before, without tabs', async () => {
    await renderApp(fakeCounter(publicSettings({ products: PRODUCTS.map((p) => ({ ...p, categoryId: '' })) })))
    expect(screen.queryByRole('tablist')).toBeNull()
    expect(keysShown()).toHaveLength(PRODUCTS.length)
  })
})

describe('the catalogue’s search: a product in one or two keystrokes on a physical keyboard', () => {
  it('a letter typed anywhere searches; Enter adds the first hit and gives the keys back to the keypad', async () => {
    const { counter } = await renderApp(catalogueCounter())
    keyDown('c')
    expect(search().value).toBe('c')
    expect(document.activeElement).toBe(search())
    // Codes starting with "c" first (in the catalogue's order), then names; an exact code before either.
    expect(keysShown().slice(0, 3)).toEqual(['quick-key-cappuccino', 'quick-key-cola', 'quick-key-croissant'])
    fireEvent.change(search(), { target: { value: 'c1' } })
    expect(keysShown()[0]).toBe('quick-key-cola')
    fireEvent.change(search(), { target: { value: 'cap' } })
    expect(keysShown()).toEqual(['quick-key-cappuccino'])
    fireEvent.keyDown(search(), { key: 'Enter' })
    await waitFor(() => expect(lineTexts()).toEqual(['1 × Cappuccino€3.20×']))
    expect(search().value).toBe('')
    expect(document.activeElement).not.toBe(search())
    // Typing an amount still works: digits are the keypad's, and Enter there charges.
    keyDown('5')
    keyDown('0')
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.50')
    expect(counter.charge).not.toHaveBeenCalled()
  })

  it('finds by exact code first, by a word of the name without accents, and by price', async () => {
    await renderApp(catalogueCounter())
    keyDown('k')
    expect(keysShown()[0]).toBe('quick-key-kase')
    fireEvent.change(search(), { target: { value: 'brotchen' } })
    expect(keysShown()).toEqual(['quick-key-kase'])
    fireEvent.change(search(), { target: { value: '2.80' } })
    expect(keysShown()).toEqual(['quick-key-cola'])
    fireEvent.change(search(), { target: { value: 'zzz' } })
    expect(screen.getByTestId('catalogue-no-hits')).toBeTruthy()
    fireEvent.keyDown(search(), { key: 'Escape' })
    expect(search().value).toBe('')
    expect(screen.getByRole('tablist')).toBeTruthy()
  })

  it('"/" opens the search empty, for a price; the keypad’s own keys never open it', async () => {
    await renderApp(catalogueCounter())
    for (const key of ['1', '2', 'Backspace', '+', 'Escape']) keyDown(key)
    expect(document.activeElement).not.toBe(search())
    keyDown('/')
    expect(document.activeElement).toBe(search())
    expect(search().value).toBe('')
  })
})

describe('sold out for the day', () => {
  it('a sold-out key says so and adds nothing; the cashier marks a product sold out with a long press', async () => {
    const today = localDay(new Date())
    const counter = catalogueCounter(PRODUCTS.map((p) => (p.id === 'cola' ? { ...p, soldOutOn: today } : p)))
    await renderApp(counter)
    const cola = screen.getByTestId('quick-key-cola')
    expect(within(cola).getByTestId('quick-key-sold-out').textContent).toBe('Sold out')
    expect(cola.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(cola)
    expect(screen.getByTestId('catalogue-sold-out-notice').textContent).toBe('Cola is sold out today.')
    expect(lineTexts()).toEqual([])

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    fireEvent.pointerDown(screen.getByTestId('quick-key-cappuccino'))
    act(() => {
      vi.advanceTimersByTime(LONG_PRESS_MS)
    })
    fireEvent.click(screen.getByTestId('quick-key-cappuccino'))
    vi.useRealTimers()
    fireEvent.click(screen.getByTestId('product-sold-out-toggle'))
    await waitFor(() =>
      expect(counter.setProductSoldOut).toHaveBeenCalledWith({ productId: 'cappuccino', soldOut: true })
    )
    await waitFor(() => expect(screen.queryByTestId('quantity-input')).toBeNull())
    expect(within(screen.getByTestId('quick-key-cappuccino')).getByTestId('quick-key-sold-out')).toBeTruthy()
  })

  it('a mark from an earlier day no longer counts', async () => {
    await renderApp(catalogueCounter(PRODUCTS.map((p) => ({ ...p, soldOutOn: '2020-01-01' }))))
    expect(screen.queryAllByTestId('quick-key-sold-out')).toHaveLength(0)
    fireEvent.click(screen.getByTestId('quick-key-cola'))
    await waitFor(() => expect(lineTexts()).toEqual(['1 × Cola€2.80×']))
  })
})
