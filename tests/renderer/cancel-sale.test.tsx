import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { IpcResult, PendingListView } from '../../src-preload/contract'
import { paidSound } from '../../src-renderer/src/lib/browser/paid-sound'
import { deferred, type FakeCounter, fakeCounter, pendingLink } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const ALREADY_PAID = {
  ok: false,
  error: { code: 'already_paid', linkId: 7 }
} as const

afterEach(() => {
  resetApp()
  vi.restoreAllMocks()
})

async function showChargedQr(counter: FakeCounter = fakeCounter()) {
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('key-1'))
  fireEvent.click(screen.getByTestId('key-00'))
  fireEvent.click(screen.getByTestId('charge-button'))
  await screen.findByTestId('qr-screen')
  return rendered
}

/** The sidebar with links 7 and 8, whose later refreshes hang: only the cancellation itself can drop a link. */
async function showSidebar(counter: FakeCounter = fakeCounter()) {
  counter.listPending.mockResolvedValueOnce({
    ok: true,
    value: {
      links: [pendingLink({ linkId: 7, amountCents: 4_999 }), pendingLink({ linkId: 8, amountCents: 500 })],
      complete: true
    }
  })
  counter.listPending.mockReturnValue(deferred<IpcResult<PendingListView>>().promise)
  const rendered = await renderApp(counter)
  await screen.findByTestId('pending-item-7')
  return rendered
}

describe('cancelling the sale on the QR screen', () => {
  it('asks first and cancels nothing when the cashier keeps the sale', async () => {
    const { counter } = await showChargedQr()
    fireEvent.click(screen.getByTestId('cancel-sale'))
    const dialog = screen.getByRole('dialog')
    expect(dialog.textContent).toContain('Cancel this sale?')
    expect(dialog.textContent).toContain('€1.00')
    fireEvent.click(screen.getByTestId('confirm-keep'))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByTestId('qr-screen')).toBeTruthy()
    expect(counter.cancelSale).not.toHaveBeenCalled()
  })

  it('keeps the sale on Escape too', async () => {
    const { counter } = await showChargedQr()
    fireEvent.click(screen.getByTestId('cancel-sale'))
    fireEvent.keyDown(screen.getByTestId('confirm-keep'), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(counter.cancelSale).not.toHaveBeenCalled()
  })

  it('cancels the link once confirmed, returns to the keypad and stops watching', async () => {
    const { counter } = await showChargedQr()
    fireEvent.click(screen.getByTestId('cancel-sale'))
    fireEvent.click(screen.getByTestId('confirm-cancel'))
    await screen.findByTestId('charge-button')
    expect(counter.cancelSale).toHaveBeenCalledExactlyOnceWith({ linkId: 101 })
    expect(counter.unwatchLink).toHaveBeenCalled()
  })

  it('stays on the QR and shows why when the cancellation fails', async () => {
    const counter = fakeCounter()
    counter.cancelSale.mockResolvedValue({
      ok: false,
      error: { code: 'unreachable', reason: 'refused' }
    })
    await showChargedQr(counter)
    fireEvent.click(screen.getByTestId('cancel-sale'))
    fireEvent.click(screen.getByTestId('confirm-cancel'))
    // The keypad's pending list (mounted, hidden under the QR) holds the same error; the cashier sees the QR's.
    expect((await within(screen.getByTestId('qr-screen')).findByTestId('error-message')).textContent).toBe(
      'Could not connect to SecPaid: the connection was refused.'
    )
    expect(screen.getByTestId('qr-screen')).toBeTruthy()
  })

  it('shows Paid when the customer paid before the cancellation arrived', async () => {
    vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)
    const counter = fakeCounter()
    counter.cancelSale.mockResolvedValue(ALREADY_PAID)
    await showChargedQr(counter)
    fireEvent.click(screen.getByTestId('cancel-sale'))
    fireEvent.click(screen.getByTestId('confirm-cancel'))
    expect((await screen.findByTestId('paid-screen')).textContent).toContain('€1.00')
  })
})

describe('cancelling a sale from the pending sidebar', () => {
  it('asks first and cancels nothing when the cashier keeps the sale', async () => {
    const { counter } = await showSidebar()
    fireEvent.click(screen.getByTestId('pending-cancel-7'))
    expect(screen.getByRole('dialog').textContent).toContain('€49.99')
    fireEvent.click(screen.getByTestId('confirm-keep'))
    expect(counter.cancelSale).not.toHaveBeenCalled()
    expect(screen.getByTestId('pending-item-7')).toBeTruthy()
  })

  it('drops the link from the list as soon as it is cancelled, before any refresh answers', async () => {
    const { counter } = await showSidebar()
    fireEvent.click(screen.getByTestId('pending-cancel-7'))
    fireEvent.click(screen.getByTestId('confirm-cancel'))
    await waitFor(() => expect(screen.queryByTestId('pending-item-7')).toBeNull())
    expect(counter.cancelSale).toHaveBeenCalledExactlyOnceWith({ linkId: 7 })
    expect(screen.getByTestId('pending-item-8')).toBeTruthy()
    expect(screen.getByTestId('charge-button')).toBeTruthy()
  })

  it('keeps the link and shows the message when the cancellation fails', async () => {
    const counter = fakeCounter()
    counter.cancelSale.mockResolvedValue({
      ok: false,
      error: { code: 'secpaid_error', httpStatus: 500, secpaidMessage: 'SecPaid had a problem.' }
    })
    await showSidebar(counter)
    fireEvent.click(screen.getByTestId('pending-cancel-7'))
    fireEvent.click(screen.getByTestId('confirm-cancel'))
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'SecPaid had a server error (HTTP 500): SecPaid had a problem.'
    )
    expect(screen.getByTestId('pending-item-7')).toBeTruthy()
  })

  it('says the sale is already paid when the customer was faster', async () => {
    const counter = fakeCounter()
    counter.cancelSale.mockResolvedValue(ALREADY_PAID)
    await showSidebar(counter)
    fireEvent.click(screen.getByTestId('pending-cancel-7'))
    fireEvent.click(screen.getByTestId('confirm-cancel'))
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'This sale is already paid and can no longer be cancelled.'
    )
    expect(screen.queryByTestId('paid-screen')).toBeNull()
  })

  it('lets neither Enter charge nor Escape clear the keypad behind the open dialog', async () => {
    const { counter } = await showSidebar()
    fireEvent.click(screen.getByTestId('key-5'))
    fireEvent.click(screen.getByTestId('pending-cancel-8'))
    fireEvent.keyDown(window, { key: 'Enter' })
    fireEvent.keyDown(window, { key: '9' })
    expect(counter.charge).not.toHaveBeenCalled()
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.05')
    expect(within(screen.getByTestId('pending-list')).getByTestId('pending-item-8')).toBeTruthy()
  })
})
