import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { Product } from '../../src-preload/contract'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

const tap = (...testIds: string[]) => testIds.forEach((testId) => fireEvent.click(screen.getByTestId(testId)))
const COFFEE: Product = {
  id: 'coffee',
  name: 'Coffee',
  priceCents: 250,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: ''
}

describe('the cart for the customer display', () => {
  it('sends main only the cashier’s choices (ids, quantities, typed cents), once per change, while a display is on', async () => {
    const { counter } = await renderApp(fakeCounter(publicSettings({ products: [COFFEE], customerWindow: true })))
    tap('quick-key-coffee', 'key-4', 'key-2')
    await waitFor(() => expect(counter.customerCart).toHaveBeenCalledTimes(3))
    expect(counter.customerCart.mock.calls.map(([request]) => request)).toEqual([
      { sale: { lines: [{ kind: 'product', productId: 'coffee', quantity: 1 }], tip: { kind: 'none' } } },
      {
        sale: {
          lines: [
            { kind: 'product', productId: 'coffee', quantity: 1 },
            { kind: 'amount', amountCents: 4 }
          ],
          tip: { kind: 'none' }
        }
      },
      {
        sale: {
          lines: [
            { kind: 'product', productId: 'coffee', quantity: 1 },
            { kind: 'amount', amountCents: 42 }
          ],
          tip: { kind: 'none' }
        }
      }
    ])
    tap('sale-clear')
    // The lines go; the amount still typed on the keypad is what Charge would charge, so the customer sees it.
    await waitFor(() =>
      expect(counter.customerCart).toHaveBeenLastCalledWith({
        sale: { lines: [{ kind: 'amount', amountCents: 42 }], tip: { kind: 'none' } }
      })
    )
  })

  it('asks main for nothing while both customer displays are off', async () => {
    const { counter } = await renderApp(fakeCounter(publicSettings({ products: [COFFEE] })))
    tap('quick-key-coffee', 'key-4')
    await waitFor(() => expect(counter.quoteSale).toHaveBeenCalled())
    expect(counter.customerCart).not.toHaveBeenCalled()
  })
})

describe('Settings → Customer display: idle message and guest Wi-Fi', () => {
  it('off by default, warns to use a guest network, and saves message, name and password as one object', async () => {
    const { counter } = await renderApp(fakeCounter())
    fireEvent.click(screen.getByTestId('settings-button'))
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-section-display'))
    expect(screen.getByTestId<HTMLInputElement>('wifi-show').checked).toBe(false)
    expect(screen.getByTestId('wifi-warning').textContent).toBe(
      'Use a guest network that is separate from the one this till uses: every customer can read this password from the QR code.'
    )
    fireEvent.change(screen.getByTestId('idle-message-field'), { target: { value: 'Fresh cakes daily' } })
    fireEvent.change(screen.getByTestId('wifi-ssid'), { target: { value: 'Cafe Guest' } })
    fireEvent.change(screen.getByTestId('wifi-password'), { target: { value: 'coffee4all' } })
    fireEvent.click(screen.getByTestId('wifi-show'))
    fireEvent.blur(screen.getByTestId('wifi-password'))
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        customerScreen: {
          idleMessage: 'Fresh cakes daily',
          wifi: { show: true, ssid: 'Cafe Guest', password: 'coffee4all' }
        }
      })
    )
  })

  it('the logo: chosen through main’s dialog and shown with its size; a refused file says why, in words', async () => {
    const counter = fakeCounter(publicSettings({ customerWindow: true }))
    counter.chooseDisplayLogo.mockResolvedValueOnce({
      ok: false,
      error: { code: 'logo_refused', problem: 'type', maxBytes: 262_144, minSide: 16, maxSide: 2048 }
    })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('settings-button'))
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-section-display'))
    await waitFor(() => expect(screen.getByTestId('display-logo-state').textContent).toBe('No logo chosen.'))
    fireEvent.click(screen.getByTestId('choose-logo'))
    expect((await screen.findByTestId('display-logo-error')).textContent).toBe('This file is not a PNG or JPEG image.')
    fireEvent.click(screen.getByTestId('choose-logo'))
    await waitFor(() =>
      expect(screen.getByTestId('display-logo-state').textContent).toBe('Logo: 400 × 200 pixels, 20 KB.')
    )
    expect(screen.queryByTestId('display-logo-error')).toBeNull()
    fireEvent.click(screen.getByTestId('remove-logo'))
    await waitFor(() => expect(screen.getByTestId('display-logo-state').textContent).toBe('No logo chosen.'))
    expect(counter.chooseDisplayLogo).toHaveBeenCalledTimes(2)
    expect(counter.removeDisplayLogo).toHaveBeenCalledExactlyOnceWith({})
  })
})
