import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { create } from 'qrcode'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { qrCodeDataUrl } from '../../src-renderer/src/lib/browser/qr-code'
import { fakeCounter, publicSettings, saleLink } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.useRealTimers()
})

async function chargeOneEuro(counter = fakeCounter()) {
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('key-1'))
  fireEvent.click(screen.getByTestId('key-00'))
  fireEvent.click(screen.getByTestId('charge-button'))
  await screen.findByTestId('qr-screen')
  return rendered
}

/** The modules (`row,column`, quiet zone removed) covered by the one-row rectangles of a QR path. */
function paintedModules(path: string): Set<string> {
  const painted = new Set<string>()
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let column = 0; column < Number(width); column += 1) painted.add(`${Number(y) - 4},${Number(x) - 4 + column}`)
  }
  return painted
}

function darkModules(modules: ReturnType<typeof create>['modules']): Set<string> {
  const dark = new Set<string>()
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) if (modules.get(row, column)) dark.add(`${row},${column}`)
  }
  return dark
}

describe('customer QR screen', () => {
  it('draws exactly the pay link’s QR code locally as one inline black SVG path, named for screen readers', async () => {
    await chargeOneEuro()
    const image = await screen.findByTestId('qr-image')
    expect(image.tagName.toLowerCase()).toBe('svg')
    expect(image.getAttribute('role')).toBe('img')
    expect(image.getAttribute('aria-label')).toBe('Payment QR code for €1.00')
    const paths = image.querySelectorAll('path')
    expect(paths).toHaveLength(1)
    expect(paths[0]!.getAttribute('fill')).toBe('#000000')
    const { modules } = create('https://pay.example.test/l/101', { errorCorrectionLevel: 'M' })
    expect(image.getAttribute('viewBox')).toBe(`0 0 ${modules.size + 8} ${modules.size + 8}`)
    expect(paintedModules(paths[0]!.getAttribute('d')!)).toEqual(darkModules(modules))
  })

  it('paints exactly the modules of the pay link’s QR code, inside a 4-module quiet zone', () => {
    const payLink = 'https://app.secpaid.com/payment?link_id=OTkyOTA='
    const svg = decodeURIComponent(qrCodeDataUrl(payLink).split(',')[1]!)
    const { modules } = create(payLink, { errorCorrectionLevel: 'M' })
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`)
    expect(svg).toContain('fill="#ffffff"')
    expect(paintedModules(svg)).toEqual(darkModules(modules))
  })

  it('shows the customer the amount, "Scan to pay" and the shop, and the note and reference only on the cashier’s side', async () => {
    const counter = fakeCounter(publicSettings({ shop: { name: 'Café Lindner', address: '', vatId: '' } }))
    counter.charge.mockResolvedValue({ ok: true, value: saleLink({ amountCents: 100, note: 'Table 4' }) })
    await chargeOneEuro(counter)
    expect(screen.getByTestId('qr-amount').textContent).toBe('€1.00')
    expect(screen.getByTestId('qr-shop').textContent).toBe('Café Lindner')
    const cashierSide = screen.getByTestId('qr-cashier')
    const customerSide = screen.getByTestId('qr-screen').textContent.replace(cashierSide.textContent, '')
    expect(customerSide).toContain('Scan to pay')
    expect(customerSide).not.toContain('Table 4')
    expect(customerSide).not.toContain('POS-counter1-20250101-1')
    expect(screen.getByTestId('qr-note').textContent).toBe('Table 4')
    expect(screen.getByTestId('qr-reference').textContent).toBe('POS-counter1-20250101-1')
  })

  it('names no shop when none is set in Settings', async () => {
    await chargeOneEuro()
    expect(screen.queryByTestId('qr-shop')).toBeNull()
  })

  it('says how old the link is', async () => {
    const counter = fakeCounter()
    const createdAt = new Date(Date.now() - 5 * 60_000).toISOString()
    counter.charge.mockResolvedValue({ ok: true, value: saleLink({ createdAt }) })
    await chargeOneEuro(counter)
    expect(screen.getByTestId('qr-age').textContent).toBe('Link made 5 minutes ago')
  })

  it('Escape goes back to the keypad and the focus lands on the keypad; on the QR screen it starts on Back', async () => {
    await chargeOneEuro()
    expect(document.activeElement).toBe(screen.getByTestId('back-to-keypad'))
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(screen.queryByTestId('qr-screen')).toBeNull()
    expect(document.activeElement).toBe(screen.getByTestId('keypad'))
  })

  it('keeps the keypad mounted under the QR, hidden and inert, and keys typed there do nothing to it', async () => {
    const counter = fakeCounter()
    await renderApp(counter)
    const clearedAmount = screen.getByTestId('amount-display').textContent
    fireEvent.click(screen.getByTestId('key-1'))
    fireEvent.click(screen.getByTestId('charge-button'))
    await screen.findByTestId('qr-screen')
    const keypadScreen = screen.getByTestId('keypad-panel').closest('.keypad-screen')!
    expect(keypadScreen.hasAttribute('hidden')).toBe(true)
    expect(keypadScreen.hasAttribute('inert')).toBe(true)
    // The sale just charged is cleared from the hidden keypad once the QR is drawn.
    await waitFor(() => expect(screen.getByTestId('amount-display').textContent).toBe(clearedAmount))
    fireEvent.keyDown(window, { key: '7' })
    fireEvent.keyDown(window, { key: 'Enter' })
    fireEvent.click(screen.getByTestId('back-to-keypad'))
    expect(keypadScreen.isConnected).toBe(true)
    expect(keypadScreen.hasAttribute('hidden')).toBe(false)
    expect(screen.getByTestId('amount-display').textContent).toBe(clearedAmount)
    expect(counter.charge).toHaveBeenCalledOnce()
  })

  it('Escape with the cancel dialog open only closes the dialog', async () => {
    await chargeOneEuro()
    fireEvent.click(screen.getByTestId('cancel-sale'))
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByTestId('qr-screen')).toBeTruthy()
  })

  it('Check now asks main about this sale’s link and says when it was found still unpaid', async () => {
    const { counter } = await chargeOneEuro()
    counter.checkNow.mockResolvedValue({ ok: true, value: { state: 'waiting', checkedAt: '2025-01-01T09:05:00.000Z' } })
    fireEvent.click(screen.getByTestId('check-now'))
    expect(counter.checkNow).toHaveBeenCalledExactlyOnceWith({ reference: 'POS-counter1-20250101-1' })
    expect((await screen.findByTestId('check-now-result')).textContent).toMatch(/^Not paid yet \(checked at .+\)$/)
    act(() => counter.emit({ type: 'link_status', linkId: 101, state: 'paid' }))
    expect(await screen.findByTestId('paid-screen')).toBeTruthy()
  })

  it('Check now says a rate limit in words and counts its wait down', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { counter } = await chargeOneEuro()
    counter.checkNow.mockResolvedValue({ ok: false, error: { code: 'rate_limited', retryAfterSeconds: 3 } })
    fireEvent.click(screen.getByTestId('check-now'))
    expect((await screen.findByTestId('check-now-error')).textContent).toBe('Too many requests, try again in 3 s')
    await act(() => vi.advanceTimersByTimeAsync(1_000))
    expect(screen.getByTestId('check-now-error').textContent).toBe('Too many requests, try again in 2 s')
    await act(() => vi.advanceTimersByTimeAsync(2_000))
    expect(screen.getByTestId('check-now-error').textContent).toBe('Too many requests before – you can try again now')
    vi.useRealTimers()
  })

  it('falls back to SecPaid’s QR image when the link cannot be drawn', async () => {
    const counter = fakeCounter()
    counter.charge.mockResolvedValue({
      ok: true,
      value: saleLink({ payLink: 'x'.repeat(5000), qrImg: 'https://quickchart.io/qr?text=fallback' })
    })
    await chargeOneEuro(counter)
    const image = await screen.findByTestId<HTMLImageElement>('qr-image')
    expect(image.src).toBe('https://quickchart.io/qr?text=fallback')
  })

  it('goes back to the keypad', async () => {
    await chargeOneEuro()
    fireEvent.click(screen.getByTestId('back-to-keypad'))
    expect(screen.getByTestId('charge-button')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByTestId('keypad'))
  })

  it('simulates the customer’s payment in Demo mode but shows Paid only once paid detection confirms it', async () => {
    const { counter } = await chargeOneEuro()
    fireEvent.click(screen.getByTestId('simulate-payment'))
    await waitFor(() =>
      expect(screen.getByTestId('simulate-payment').textContent).toBe('Payment simulated – waiting for confirmation…')
    )
    expect(counter.simulatePayment).toHaveBeenCalledExactlyOnceWith({ linkId: 101 })
    expect(screen.queryByTestId('paid-screen')).toBeNull()

    act(() => counter.emit({ type: 'link_status', linkId: 101, state: 'paid' }))
    expect((await screen.findByTestId('paid-screen')).textContent).toContain('Paid')
  })

  it('shows why a simulated payment failed and stays on the QR screen', async () => {
    const counter = fakeCounter()
    counter.simulatePayment.mockResolvedValue({
      ok: false,
      error: { code: 'not_demo' }
    })
    await chargeOneEuro(counter)
    fireEvent.click(screen.getByTestId('simulate-payment'))
    expect((await screen.findByTestId('error-message')).textContent).toBe('Simulated payments exist only in Demo mode.')
    expect(screen.getByTestId('qr-screen')).toBeTruthy()
  })

  it('offers no simulated payment outside Demo mode', async () => {
    await chargeOneEuro(fakeCounter(publicSettings({ demo: false, environment: 'production', hasKey: true })))
    expect(screen.queryByTestId('simulate-payment')).toBeNull()
  })
})
