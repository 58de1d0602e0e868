import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { Product } from '../../src-preload/contract'
import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

async function openSettings(section: 'tax' | 'products', counter: FakeCounter = fakeCounter()) {
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('settings-button'))
  await screen.findByTestId('settings-screen')
  fireEvent.click(screen.getByTestId(`settings-section-${section}`))
  return rendered
}

const typeAndLeave = (element: HTMLElement, value: string) => {
  fireEvent.change(element, { target: { value } })
  fireEvent.blur(element)
}

describe('Settings: VAT', () => {
  it('saves the rates, the default rate, Kleinunternehmer and the tax number', async () => {
    const { counter } = await openSettings('tax')
    expect(screen.getByTestId<HTMLInputElement>('tax-rates').value).toBe('19, 7, 0')
    typeAndLeave(screen.getByTestId('tax-rates'), '19, 7')
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        tax: { rates: [19, 7], defaultRate: 19, smallBusiness: false, taxNumber: '' }
      })
    )
    fireEvent.click(screen.getByTestId('tax-default-rate-7'))
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({ tax: expect.objectContaining({ defaultRate: 7 }) })
    )
    fireEvent.click(screen.getByTestId('tax-small-business'))
    typeAndLeave(screen.getByTestId('tax-number'), '046/123/45678')
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        tax: { rates: [19, 7], defaultRate: 7, smallBusiness: true, taxNumber: '046/123/45678' }
      })
    )
  })

  it('refuses rates main would refuse, visibly, without sending them', async () => {
    const { counter } = await openSettings('tax')
    const calls = counter.updateSettings.mock.calls.length
    typeAndLeave(screen.getByTestId('tax-rates'), '19, 19, 120')
    await waitFor(() => expect(screen.getByTestId('tax-rates').getAttribute('aria-invalid')).toBe('true'))
    expect(counter.updateSettings.mock.calls.length).toBe(calls)
  })

  it('gives each quick key one of the shop’s rates and keeps it when the product is edited', async () => {
    const coffee: Product = {
      id: 'coffee',
      name: 'Coffee',
      priceCents: 250,
      colour: '',
      categoryId: '',
      code: '',
      soldOutOn: '',
      vatRate: 7
    }
    const { counter } = await openSettings('products', fakeCounter(publicSettings({ products: [coffee] })))
    expect(screen.getByTestId<HTMLInputElement>('product-vat-rate-0-7').checked).toBe(true)
    typeAndLeave(screen.getByTestId('product-name'), 'Flat white')
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        products: [{ ...coffee, name: 'Flat white' }]
      })
    )
    fireEvent.click(screen.getByTestId('product-vat-rate-0-19'))
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        products: [{ ...coffee, name: 'Flat white', vatRate: 19 }]
      })
    )
  })
})
