import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { IpcResult, LinkView } from '../../src-preload/contract'
import { deferred, fakeCounter, publicSettings, saleLink } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const NBSP = '\u00a0'
const amount = () => screen.getByTestId('amount-display').textContent
const chargeButton = () => screen.getByTestId<HTMLButtonElement>('charge-button')
const tap = (...testIds: string[]) => testIds.forEach((testId) => fireEvent.click(screen.getByTestId(testId)))
const keyDown = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(window, { key, ...init })

afterEach(resetApp)

describe('keypad', () => {
  it('holds the amount while the charge is on its way: keys and typing are refused visibly, nothing changes', async () => {
    const counter = fakeCounter()
    const answer = deferred<IpcResult<LinkView>>()
    counter.charge.mockReturnValue(answer.promise)
    await renderApp(counter)
    tap('key-4', 'key-2')
    fireEvent.click(chargeButton())
    expect(screen.getByTestId('amount-held').textContent).toBe('Held while the link is made')
    expect(screen.getByTestId('keypad').getAttribute('aria-disabled')).toBe('true')
    tap('key-7', 'key-clear')
    keyDown('9')
    keyDown('Backspace')
    fireEvent.change(screen.getByTestId('note-input'), { target: { value: 'late' } })
    expect(amount()).toBe('€0.42')
    expect(screen.getByTestId<HTMLInputElement>('note-input').value).toBe('')
    expect(counter.charge).toHaveBeenCalledExactlyOnceWith({ amountCents: 42 })
    await act(async () => answer.resolve({ ok: true, value: saleLink({ amountCents: 42 }) }))
    expect(await screen.findByTestId('qr-screen')).toBeTruthy()
    fireEvent.click(screen.getByTestId('back-to-keypad'))
    expect(screen.queryByTestId('amount-held')).toBeNull()
    tap('key-5')
    expect(amount()).toBe('€0.05')
  })

  it('gives the amount back to the keys when the charge fails, as it was typed', async () => {
    const counter = fakeCounter()
    counter.charge.mockResolvedValue({ ok: false, error: { code: 'key_rejected', httpStatus: 401 } })
    await renderApp(counter)
    tap('key-4', 'key-2')
    fireEvent.click(chargeButton())
    await screen.findByTestId('error-message')
    expect(screen.queryByTestId('amount-held')).toBeNull()
    tap('key-0')
    expect(amount()).toBe('€4.20')
  })

  it('shows taps on the keys as an amount in cents-first mode', async () => {
    await renderApp()
    tap('key-1', 'key-2', 'key-3')
    expect(amount()).toBe('€1.23')
    tap('key-00')
    expect(amount()).toBe('€123.00')
    tap('key-backspace')
    expect(amount()).toBe('€12.30')
    tap('key-clear')
    expect(amount()).toBe('€0.00')
  })

  it('offers a decimal key only in decimal mode, labelled with the language’s separator', async () => {
    await renderApp(fakeCounter(publicSettings({ entryMode: 'decimal', language: 'de' })))
    tap('key-1', 'key-2', 'key-decimal', 'key-5')
    expect(screen.getByTestId('key-decimal').textContent).toBe(',')
    expect(amount()).toBe(`12,5${NBSP}€`)
  })

  it('has no decimal key in cents-first mode', async () => {
    await renderApp()
    expect(screen.queryByTestId('key-decimal')).toBeNull()
  })

  it('takes digits, Backspace and Escape from the physical keyboard and numpad', async () => {
    await renderApp()
    keyDown('4')
    keyDown('2')
    keyDown('7')
    expect(amount()).toBe('€4.27')
    keyDown('Backspace')
    expect(amount()).toBe('€0.42')
    keyDown('Escape')
    expect(amount()).toBe('€0.00')
  })

  it('takes comma and period as the decimal key in decimal mode', async () => {
    await renderApp(fakeCounter(publicSettings({ entryMode: 'decimal' })))
    keyDown('7')
    keyDown(',')
    keyDown('5')
    expect(amount()).toBe('€7.5')
    keyDown('Escape')
    keyDown('7')
    keyDown('.')
    keyDown('2')
    keyDown('5')
    expect(amount()).toBe('€7.25')
  })

  it('does not feed the keypad while the cashier types in the note field', async () => {
    await renderApp()
    tap('key-5')
    const note = screen.getByTestId<HTMLInputElement>('note-input')
    fireEvent.keyDown(note, { key: '9' })
    fireEvent.keyDown(note, { key: 'Backspace' })
    fireEvent.keyDown(note, { key: 'Escape' })
    fireEvent.change(note, { target: { value: 'Table 9' } })
    expect(note.value).toBe('Table 9')
    expect(amount()).toBe('€0.05')
  })
})

describe('charge button', () => {
  it('is disabled at zero and says to enter an amount', async () => {
    const { counter } = await renderApp()
    expect(chargeButton().disabled).toBe(true)
    expect(chargeButton().textContent).toBe('Enter an amount')
    keyDown('Enter')
    expect(counter.charge).not.toHaveBeenCalled()
  })

  it('is disabled above the configured maximum and names the maximum', async () => {
    const { counter } = await renderApp(fakeCounter(publicSettings({ maxAmountCents: 500_000, language: 'de' })))
    tap('key-5', 'key-00', 'key-00', 'key-1')
    expect(amount()).toBe(`5.000,01${NBSP}€`)
    expect(chargeButton().disabled).toBe(true)
    expect(chargeButton().textContent).toBe(`Höchstens 5.000,00${NBSP}€`)
    keyDown('Enter')
    expect(counter.charge).not.toHaveBeenCalled()
  })

  it('charges exactly the maximum', async () => {
    const { counter } = await renderApp(fakeCounter(publicSettings({ maxAmountCents: 500 })))
    tap('key-5', 'key-00')
    expect(chargeButton().textContent).toBe('Charge €5.00')
    fireEvent.click(chargeButton())
    await screen.findByTestId('qr-screen')
    expect(counter.charge).toHaveBeenCalledWith({ amountCents: 500 })
  })

  it('sends the amount in cents with the trimmed note and shows the QR screen', async () => {
    const { counter } = await renderApp()
    tap('key-4', 'key-9', 'key-9', 'key-9')
    fireEvent.change(screen.getByTestId('note-input'), { target: { value: '  Table 4 ' } })
    fireEvent.click(chargeButton())
    expect(await screen.findByTestId('qr-amount')).toHaveProperty('textContent', '€49.99')
    expect(counter.charge).toHaveBeenCalledExactlyOnceWith({ amountCents: 4999, note: 'Table 4' })
  })

  it('calls charge once when the button is double-clicked, with a spinner while in flight', async () => {
    const answer = deferred<IpcResult<LinkView>>()
    const counter = fakeCounter()
    counter.charge.mockReturnValue(answer.promise)
    await renderApp(counter)
    tap('key-2', 'key-5')
    fireEvent.click(chargeButton())
    fireEvent.click(chargeButton())
    expect(chargeButton().disabled).toBe(true)
    expect(chargeButton().getAttribute('aria-busy')).toBe('true')
    expect(chargeButton().querySelector('.spinner')).not.toBeNull()

    await act(async () => answer.resolve({ ok: true, value: saleLink({ amountCents: 25 }) }))
    await screen.findByTestId('qr-screen')
    expect(counter.charge).toHaveBeenCalledTimes(1)
  })

  it('calls charge once when Enter repeats or is pressed again while the first charge is in flight', async () => {
    const answer = deferred<IpcResult<LinkView>>()
    const counter = fakeCounter()
    counter.charge.mockReturnValue(answer.promise)
    await renderApp(counter)
    keyDown('3')
    keyDown('Enter')
    keyDown('Enter', { repeat: true })
    keyDown('Enter', { repeat: true })
    keyDown('Enter')
    await act(async () => answer.resolve({ ok: true, value: saleLink({ amountCents: 3 }) }))
    await screen.findByTestId('qr-screen')
    expect(counter.charge).toHaveBeenCalledTimes(1)
  })

  it('clears the keypad after a successful charge and refreshes the pending links', async () => {
    const { counter } = await renderApp()
    await waitFor(() => expect(counter.listPending).toHaveBeenCalledTimes(1))
    tap('key-7')
    fireEvent.click(chargeButton())
    fireEvent.click(await screen.findByTestId('back-to-keypad'))
    expect(amount()).toBe('€0.00')
    expect(counter.listPending).toHaveBeenCalledTimes(2)
  })

  it('keeps the amount and shows a human message when the charge fails', async () => {
    const counter = fakeCounter()
    counter.charge.mockResolvedValue({ ok: false, error: { code: 'key_rejected', httpStatus: 401 } })
    await renderApp(counter)
    tap('key-9', 'key-9')
    fireEvent.click(chargeButton())
    expect((await screen.findByTestId('error-message')).textContent).toBe('The API key was rejected by SecPaid')
    expect(amount()).toBe('€0.99')
    expect(chargeButton().disabled).toBe(false)
    expect(screen.queryByTestId('qr-screen')).toBeNull()
  })

  it('says no link was made when SecPaid cannot be reached, shows the banner, and hides it once it can', async () => {
    const counter = fakeCounter()
    counter.charge.mockResolvedValueOnce({
      ok: false,
      error: { code: 'unreachable', reason: 'refused' }
    })
    await renderApp(counter)
    tap('key-1')
    fireEvent.click(chargeButton())
    // One outage, one message: the banner says it, and that no link was made; nothing else repeats it.
    expect((await screen.findByTestId('offline-banner')).textContent).toBe(
      'SecPaid cannot be reached, so no payment link was created. Check the internet connection, then charge again.'
    )
    expect(screen.queryByTestId('error-message')).toBeNull()
    expect(screen.queryAllByRole('alert')).toHaveLength(1)
    // Main decides whether a link can be made now: the cashier may try again at once.
    expect(chargeButton().disabled).toBe(false)
    fireEvent.click(chargeButton())
    await screen.findByTestId('qr-screen')
    expect(screen.queryByTestId('offline-banner')).toBeNull()
  })

  it('turns a bridge that throws into a message instead of a crash', async () => {
    const counter = fakeCounter()
    counter.charge.mockRejectedValue(new Error('Error invoking remote method'))
    await renderApp(counter)
    tap('key-1')
    fireEvent.click(chargeButton())
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'The counter app could not reach its main process.'
    )
  })
})

describe('demo banner', () => {
  it('is shown in Demo mode only', async () => {
    await renderApp(fakeCounter(publicSettings({ demo: true })))
    expect(screen.getByTestId('demo-banner').textContent).toBe('Demo – no real payments')
    resetApp()
    await renderApp(fakeCounter(publicSettings({ demo: false, environment: 'production', hasKey: true })))
    expect(screen.queryByTestId('demo-banner')).toBeNull()
  })
})
