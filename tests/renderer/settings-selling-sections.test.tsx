import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { Product } from '../../src-preload/contract'
import { SETTINGS_LIMITS } from '../../src-preload/contract/settings-limits'
import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

/** Opens Settings at one section, as the owner picks it from the section list. */
async function openSettings(section: 'shop' | 'receipt' | 'tips' | 'products', counter: FakeCounter = fakeCounter()) {
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('settings-button'))
  await screen.findByTestId('settings-screen')
  fireEvent.click(screen.getByTestId(`settings-section-${section}`))
  return rendered
}

const COFFEE: Product = {
  id: 'coffee',
  name: 'Coffee',
  priceCents: 250,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const CAKE: Product = {
  id: 'cake',
  name: 'Cake',
  priceCents: 320,
  colour: '#aa5500',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const typeAndLeave = (element: HTMLElement, value: string) => {
  fireEvent.change(element, { target: { value } })
  fireEvent.blur(element)
}

describe('settings sections that save each change on their own', () => {
  it('shop: a field saves when left and says saved', async () => {
    const { counter } = await openSettings('shop')
    typeAndLeave(screen.getByTestId('shop-name'), 'Café Blau')
    await waitFor(() => expect(screen.getByTestId('shop-save-status').textContent).toBe('Saved'))
    expect(counter.updateSettings).toHaveBeenLastCalledWith({ shop: { name: 'Café Blau', address: '', vatId: '' } })
  })

  it('keeps a refused change on screen with main’s reason', async () => {
    const counter = fakeCounter()
    counter.updateSettings.mockResolvedValue({ ok: false, error: { code: 'settings_unwritable', errno: 'EROFS' } })
    await openSettings('shop', counter)
    typeAndLeave(screen.getByTestId('shop-vat-id'), 'DE123456789')
    const status = await screen.findByTestId('shop-save-status')
    await waitFor(() => expect(status.getAttribute('role')).toBe('alert'))
    expect(status.textContent).toContain('EROFS')
    expect(screen.getByTestId<HTMLInputElement>('shop-vat-id').value).toBe('DE123456789')
  })

  it('receipt: the paper and the print options save at once', async () => {
    const { counter } = await openSettings('receipt')
    fireEvent.click(screen.getByTestId('receipt-paper-mm58'))
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({ receipt: expect.objectContaining({ paper: 'mm58' }) })
    )
    fireEvent.click(screen.getByTestId('receipt-print-on-paid'))
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        receipt: expect.objectContaining({ paper: 'mm58', printOnPaid: true })
      })
    )
    expect(screen.getByTestId('receipt-save-status').textContent).toBe('Saved')
  })

  it('tips: presets are parsed and saved; a list out of range is refused visibly and not sent', async () => {
    const { counter } = await openSettings('tips')
    fireEvent.click(screen.getByTestId('tips-enabled'))
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({ tips: expect.objectContaining({ enabled: true }) })
    )
    typeAndLeave(screen.getByTestId('tips-presets'), '5, 12,20')
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        tips: { enabled: true, percentPresets: [5, 12, 20], roundUp: true }
      })
    )
    const calls = counter.updateSettings.mock.calls.length
    typeAndLeave(screen.getByTestId('tips-presets'), '5, 80')
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Up to 4 whole percents from 1 to 50, separated by commas.'
    )
    expect(counter.updateSettings.mock.calls.length).toBe(calls)
    expect(screen.getByTestId<HTMLInputElement>('tips-presets').value).toBe('5, 80')
  })

  it('products: add, rename, reprice, reorder and remove, each saved as the whole list', async () => {
    const { counter } = await openSettings('products', fakeCounter(publicSettings({ products: [COFFEE, CAKE] })))
    const rows = () => screen.getAllByTestId('product-row')
    typeAndLeave(within(rows()[0]!).getByTestId('product-price'), '2,80')
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({ products: [{ ...COFFEE, priceCents: 280 }, CAKE] })
    )
    fireEvent.click(within(rows()[1]!).getByTestId('product-up'))
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({ products: [CAKE, { ...COFFEE, priceCents: 280 }] })
    )
    fireEvent.click(screen.getByTestId('product-add'))
    typeAndLeave(within(rows()[2]!).getByTestId('product-name'), 'Tea')
    expect((await screen.findByTestId('products-save-status')).textContent).toMatch(/A price is between/)
    typeAndLeave(within(rows()[2]!).getByTestId('product-price'), '1.90')
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        products: [CAKE, { ...COFFEE, priceCents: 280 }, expect.objectContaining({ name: 'Tea', priceCents: 190 })]
      })
    )
    fireEvent.click(within(rows()[0]!).getByTestId('product-remove'))
    await waitFor(() => expect(rows()).toHaveLength(2))
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        products: [{ ...COFFEE, priceCents: 280 }, expect.objectContaining({ name: 'Tea' })]
      })
    )
    expect(screen.getByTestId('products-save-status').textContent).toBe('Saved')
  })

  it('products: no more than the limit can be added', async () => {
    const products = Array.from({ length: SETTINGS_LIMITS.products.max }, (_, index) => ({
      ...COFFEE,
      id: `p${index}`
    }))
    await openSettings('products', fakeCounter(publicSettings({ products })))
    expect(screen.getByTestId<HTMLButtonElement>('product-add').disabled).toBe(true)
  })
})

describe('leaving Settings while a selling section shows a refused change', () => {
  const mainRefuses = () => {
    const counter = fakeCounter()
    counter.updateSettings.mockResolvedValue({ ok: false, error: { code: 'settings_unwritable', errno: 'EROFS' } })
    return counter
  }
  const cases: {
    section: 'shop' | 'receipt' | 'tips' | 'products'
    counter: () => FakeCounter
    refuse: () => void
    refusedField: string
  }[] = [
    {
      section: 'shop',
      counter: mainRefuses,
      refuse: () => typeAndLeave(screen.getByTestId('shop-vat-id'), 'DE123456789'),
      refusedField: 'shop-vat-id'
    },
    {
      section: 'receipt',
      counter: mainRefuses,
      refuse: () => typeAndLeave(screen.getByTestId('receipt-printer'), 'Kitchen'),
      refusedField: 'receipt-printer'
    },
    {
      section: 'tips',
      counter: fakeCounter,
      refuse: () => typeAndLeave(screen.getByTestId('tips-presets'), '5, 80'),
      refusedField: 'tips-presets'
    },
    {
      // A product half typed: named, not priced yet.
      section: 'products',
      counter: fakeCounter,
      refuse: () => {
        fireEvent.click(screen.getByTestId('product-add'))
        typeAndLeave(screen.getByTestId('product-name'), 'Tea')
      },
      refusedField: 'product-name'
    }
  ]

  it.each(cases)('$section: stays and says why, the refused value still on screen', async (example) => {
    await openSettings(example.section, example.counter())
    example.refuse()
    const status = await screen.findByTestId(`${example.section}-save-status`)
    await waitFor(() => expect(status.getAttribute('role')).toBe('alert'))
    const shown = screen.getByTestId<HTMLInputElement>(example.refusedField).value
    fireEvent.click(screen.getByTestId('settings-close'))
    expect((await screen.findByTestId('settings-not-saved')).textContent).toBe(
      'A change was not saved: correct or undo the field marked in red.'
    )
    expect(screen.getByTestId('settings-screen')).toBeTruthy()
    expect(screen.queryByTestId('charge-button')).toBeNull()
    expect(screen.getByTestId<HTMLInputElement>(example.refusedField).value).toBe(shown)
  })

  it('products: the row that is not a product yet is marked; once priced, Settings can be left', async () => {
    const { counter } = await openSettings('products')
    fireEvent.click(screen.getByTestId('product-add'))
    typeAndLeave(screen.getByTestId('product-name'), 'Tea')
    await waitFor(() => expect(screen.getByTestId('product-price').getAttribute('aria-invalid')).toBe('true'))
    expect(counter.updateSettings).not.toHaveBeenCalled()
    typeAndLeave(screen.getByTestId('product-price'), '1,90')
    await waitFor(() => expect(screen.getByTestId('products-save-status').textContent).toBe('Saved'))
    fireEvent.click(screen.getByTestId('settings-close'))
    await screen.findByTestId('charge-button')
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({
      products: [expect.objectContaining({ name: 'Tea', priceCents: 190 })]
    })
  })

  it('products: a half-typed product is still there after another section was shown', async () => {
    await openSettings('products')
    fireEvent.click(screen.getByTestId('product-add'))
    typeAndLeave(screen.getByTestId('product-name'), 'Tea')
    fireEvent.click(screen.getByTestId('settings-section-shop'))
    fireEvent.click(screen.getByTestId('settings-section-products'))
    expect(screen.getByTestId<HTMLInputElement>('product-name').value).toBe('Tea')
    expect(screen.getByTestId('products-save-status').textContent).toMatch(/A price is between/)
    fireEvent.click(screen.getByTestId('settings-close'))
    await screen.findByTestId('settings-not-saved')
  })

  it('shop: typing saves once it pauses, without leaving the field', async () => {
    const { counter } = await openSettings('shop')
    fireEvent.change(screen.getByTestId('shop-name'), { target: { value: 'Café Blau' } })
    expect(counter.updateSettings).not.toHaveBeenCalled()
    await waitFor(() => expect(screen.getByTestId('shop-save-status').textContent).toBe('Saved'), { timeout: 3000 })
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({
      shop: { name: 'Café Blau', address: '', vatId: '' }
    })
  })
})
