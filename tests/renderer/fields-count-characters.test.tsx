import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { fakeCounter, LIMITS, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

/** 🍰 is one character to main and on paper, but two UTF-16 units to an input's maxLength. */
const CAKE = '🍰'
const typeAndLeave = (element: HTMLElement, value: string) => {
  fireEvent.change(element, { target: { value } })
  fireEvent.blur(element)
}

describe('text fields take as many characters as main accepts, counting a character as main does', () => {
  it('the note takes the limit in emoji, cuts only what is beyond it, and never sets a UTF-16 maxLength', async () => {
    await renderApp()
    const note = screen.getByTestId<HTMLInputElement>('note-input')
    fireEvent.change(note, { target: { value: CAKE.repeat(LIMITS.chargeNoteLength.max + 1) } })
    expect(note.value).toBe(CAKE.repeat(LIMITS.chargeNoteLength.max))
    expect(note.maxLength).toBe(-1)
  })

  it('a product name and the shop name save the limit in emoji', async () => {
    const counter = fakeCounter(
      publicSettings({
        products: [{ id: 'p', name: 'x', priceCents: 100, colour: '', categoryId: '', code: '', soldOutOn: '' }]
      })
    )
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('settings-button'))
    await screen.findByTestId('settings-screen')

    fireEvent.click(screen.getByTestId('settings-section-products'))
    const name = CAKE.repeat(LIMITS.productNameLength.max)
    const productName = screen.getByTestId<HTMLInputElement>('product-name')
    typeAndLeave(productName, `${name}${CAKE}`)
    expect(productName.maxLength).toBe(-1)
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({ products: [expect.objectContaining({ name })] })
    )

    fireEvent.click(screen.getByTestId('settings-section-shop'))
    const shopName = CAKE.repeat(LIMITS.shopNameLength.max)
    typeAndLeave(screen.getByTestId('shop-name'), `${shopName}ä`)
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({ shop: expect.objectContaining({ name: shopName }) })
    )
  })
})
