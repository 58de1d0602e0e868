import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { ParkedSaleView, Product } from '../../src-preload/contract'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const tap = (...testIds: string[]) => testIds.forEach((testId) => fireEvent.click(screen.getByTestId(testId)))
const lineTexts = () => screen.queryAllByTestId('sale-line').map((line) => line.textContent)

const COFFEE: Product = {
  id: 'coffee',
  name: 'Coffee',
  priceCents: 250,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const TABLE_4: ParkedSaleView = {
  id: '0123456789abcdef0123456789abcdef',
  number: 1,
  name: 'Table 4',
  parkedAt: '2026-12-08T09:00:00.000Z',
  note: 'window seat',
  lineCount: 2,
  totalCents: 570,
  replaces: null,
  restored: false
}

afterEach(() => {
  resetApp()
  vi.restoreAllMocks()
})

const counterWithCoffee = () => fakeCounter(publicSettings({ products: [COFFEE] }))

describe('parking a sale on the keypad', () => {
  it('parks the lines and note under the name typed, and empties the keypad', async () => {
    const counter = counterWithCoffee()
    counter.parkSale.mockImplementation(async ({ name = '' }) => ({ ok: true, value: { ...TABLE_4, name } }))
    await renderApp(counter)
    expect(screen.getByTestId<HTMLButtonElement>('park-sale').disabled).toBe(true)
    tap('quick-key-coffee')
    fireEvent.change(screen.getByTestId('note-input'), { target: { value: 'window seat' } })
    await waitFor(() => expect(lineTexts()).toHaveLength(1))
    tap('park-sale')
    fireEvent.change(await screen.findByTestId('park-name'), { target: { value: 'Table 4' } })
    await act(async () => tap('park-confirm'))

    expect(counter.parkSale).toHaveBeenCalledWith({
      name: 'Table 4',
      charge: {
        sale: { lines: [{ kind: 'product', productId: 'coffee', quantity: 1 }], tip: { kind: 'none' } },
        note: 'window seat'
      }
    })
    expect(screen.queryByTestId('park-dialog')).toBeNull()
    expect(lineTexts()).toEqual([])
    expect(screen.getByTestId<HTMLInputElement>('note-input').value).toBe('')
    expect(screen.getByTestId('parking-notice').textContent).toBe('Parked: Table 4.')
  })

  it('resumes a parked sale as main priced it, and says which product is not offered any more', async () => {
    const counter = counterWithCoffee()
    counter.parkedSales.mockResolvedValue({ ok: true, value: { sales: [TABLE_4] } })
    counter.resumeParkedSale.mockResolvedValue({
      ok: true,
      value: {
        charge: {
          sale: { lines: [{ kind: 'product', productId: 'coffee', quantity: 2 }], tip: { kind: 'none' } },
          note: 'window seat'
        },
        replaces: null,
        missing: [{ productId: 'cake', name: 'Cake', quantity: 1 }],
        tipDropped: true
      }
    })
    await renderApp(counter)
    await screen.findByTestId('parked-open')
    await act(async () => tap('parked-open'))
    expect(screen.getByTestId('parked-sale').textContent).toContain('Table 4')
    await act(async () => tap('parked-resume'))

    expect(counter.resumeParkedSale).toHaveBeenCalledWith({ id: TABLE_4.id })
    await waitFor(() => expect(lineTexts()).toEqual(['2 × Coffee€5.00×']))
    expect(screen.getByTestId<HTMLInputElement>('note-input').value).toBe('window seat')
    expect(screen.getByTestId('resumed-missing').textContent).toContain('1 × Cake')
    expect(screen.getByTestId('parking-notice').textContent).toContain('no tip')
  })

  it('Park on the QR screen changes the sale, then asks for its name', async () => {
    const counter = counterWithCoffee()
    await renderApp(counter)
    tap('key-1', 'key-0', 'key-0')
    await act(async () => tap('charge-button'))
    await screen.findByTestId('qr-screen')
    await act(async () => tap('park-from-qr'))
    expect(counter.changeSale).toHaveBeenCalledWith({ linkId: 101 })
    expect(await screen.findByTestId('park-dialog')).toBeTruthy()
  })
})

describe('a link that expires, on the QR screen', () => {
  it('warns a minute ahead and extends when asked', async () => {
    const counter = counterWithCoffee()
    counter.linkExpiry.mockResolvedValue({
      ok: true,
      value: { linkId: 101, expiresAt: '2026-12-08T10:00:00.000Z', msLeft: 30_000, extendMinutes: 5 }
    })
    counter.extendLinkExpiry.mockResolvedValue({
      ok: true,
      value: { linkId: 101, expiresAt: '2026-12-08T10:05:00.000Z', msLeft: 300_000, extendMinutes: 5 }
    })
    await renderApp(counter)
    tap('key-1', 'key-0', 'key-0')
    await act(async () => tap('charge-button'))
    expect((await screen.findByTestId('link-expiry-warning')).textContent).toMatch(/cancelled in 0:(30|29)/)
    await act(async () => tap('link-expiry-extend'))
    expect(counter.extendLinkExpiry).toHaveBeenCalledWith({ linkId: 101 })
    expect(screen.queryByTestId('link-expiry-warning')).toBeNull()
  })

  it('says so when main cancelled the link because its time ran out', async () => {
    const counter = counterWithCoffee()
    await renderApp(counter)
    tap('key-1', 'key-0', 'key-0')
    await act(async () => tap('charge-button'))
    await screen.findByTestId('qr-screen')
    act(() =>
      counter.emit({ type: 'link_expired', linkId: 101, reference: 'POS-counter1-20250101-1', outcome: 'cancelled' })
    )
    expect(screen.getByTestId('link-expired').textContent).toContain('POS-counter1-20250101-1')
    expect(screen.queryByTestId('cancel-sale')).toBeNull()
  })
})
