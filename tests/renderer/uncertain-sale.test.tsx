import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { IpcResult, LinkView } from '../../src-preload/contract'
import { paidSound } from '../../src-renderer/src/lib/browser/paid-sound'
import { deferred, type FakeCounter, fakeCounter, publicSettings, saleLink } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const REFERENCE = 'POS-counter1-20250101-7'
const LOST_ANSWER: IpcResult<LinkView> = {
  ok: false,
  error: { code: 'outcome_unknown', reference: REFERENCE, amountCents: 1_234, cause: { code: 'timeout', seconds: 10 } }
}

const chargeButton = () => screen.getByTestId<HTMLButtonElement>('charge-button')

afterEach(() => {
  resetApp()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** Charges €12.34 and loses the answer. */
async function loseChargeAnswer(counter: FakeCounter = fakeCounter()) {
  counter.charge.mockResolvedValue(LOST_ANSWER)
  const rendered = await renderApp(counter)
  for (const key of ['1', '2', '3', '4']) fireEvent.click(screen.getByTestId(`key-${key}`))
  fireEvent.click(chargeButton())
  await screen.findByTestId('uncertain-sale')
  return rendered
}

describe('a charge whose answer was lost', () => {
  it('warns that the link may exist and disables Charge, saying why', async () => {
    await loseChargeAnswer()
    const warning = screen.getByTestId('uncertain-sale').textContent
    expect(warning).toContain(
      'The connection dropped while creating the link. It is not yet known whether it was created.'
    )
    expect(warning).toContain(REFERENCE)
    expect(warning).toContain('€12.34')
    expect(chargeButton().disabled).toBe(true)
    expect(chargeButton().textContent).toBe('Check the last sale first')
    expect(screen.getByTestId('resolve-sale').textContent).toBe('Check again')
  })

  it('does not charge again while the sale is unsettled, whatever the cashier presses', async () => {
    const { counter } = await loseChargeAnswer()
    fireEvent.click(chargeButton())
    fireEvent.keyDown(window, { key: 'Enter' })
    fireEvent.keyDown(screen.getByTestId('note-input'), { key: 'Enter' })
    fireEvent.click(screen.getByTestId('key-5'))
    fireEvent.keyDown(window, { key: 'Enter' })
    expect(counter.charge).toHaveBeenCalledTimes(1)
  })

  it('is asked for again when the owner switches environment: a Demo sale does not block live charging', async () => {
    const { counter } = await loseChargeAnswer()
    counter.uncertainSale.mockResolvedValue({ ok: true, value: null })
    act(() => counter.emit({ type: 'settings_changed', settings: publicSettings({ environment: 'production' }) }))
    await waitFor(() => expect(screen.queryByTestId('uncertain-sale')).toBeNull())
    expect(counter.uncertainSale).toHaveBeenCalled()
  })

  it('settles the sale with resolveSale on “Check again” and shows the link’s QR', async () => {
    const counter = fakeCounter()
    counter.resolveSale.mockResolvedValue({
      ok: true,
      value: saleLink({ linkId: 77, amountCents: 1_234, reference: REFERENCE })
    })
    await loseChargeAnswer(counter)
    fireEvent.click(screen.getByTestId('resolve-sale'))
    expect((await screen.findByTestId('qr-amount')).textContent).toBe('€12.34')
    expect(counter.resolveSale).toHaveBeenCalledExactlyOnceWith({ reference: REFERENCE })
    await waitFor(() => expect(counter.watchLink).toHaveBeenCalledWith({ linkId: 77 }))

    fireEvent.click(screen.getByTestId('back-to-keypad'))
    expect(screen.queryByTestId('uncertain-sale')).toBeNull()
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.00')
  })

  it('shows Paid when the settled sale turns out to be paid already', async () => {
    vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)
    const counter = fakeCounter()
    counter.resolveSale.mockResolvedValue({ ok: true, value: saleLink({ amountCents: 1_234, state: 'paid' }) })
    await loseChargeAnswer(counter)
    fireEvent.click(screen.getByTestId('resolve-sale'))
    expect((await screen.findByTestId('paid-screen')).textContent).toContain('€12.34')
  })

  it('keeps the warning, the button and Charge disabled while the check cannot tell', async () => {
    const counter = fakeCounter()
    counter.resolveSale.mockResolvedValue(LOST_ANSWER)
    await loseChargeAnswer(counter)
    fireEvent.click(screen.getByTestId('resolve-sale'))
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'Still not known: SecPaid cannot be reached. Checking again automatically.'
    )
    expect(screen.getByTestId('uncertain-sale')).toBeTruthy()
    expect(screen.getByTestId<HTMLButtonElement>('resolve-sale').disabled).toBe(false)
    expect(chargeButton().disabled).toBe(true)
  })

  it('checks only once while a check is on its way', async () => {
    const answer = deferred<IpcResult<LinkView>>()
    const counter = fakeCounter()
    counter.resolveSale.mockReturnValue(answer.promise)
    await loseChargeAnswer(counter)
    fireEvent.click(screen.getByTestId('resolve-sale'))
    fireEvent.click(screen.getByTestId('resolve-sale'))
    expect(screen.getByTestId('resolve-sale').textContent).toBe('Checking…')
    await act(async () => answer.resolve({ ok: true, value: saleLink() }))
    await screen.findByTestId('qr-screen')
    expect(counter.resolveSale).toHaveBeenCalledTimes(1)
  })

  it('follows main’s own checks: why it is still unknown, then the QR once settled; no timer of its own', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const counter = fakeCounter()
    await loseChargeAnswer(counter)
    await act(() => vi.advanceTimersByTimeAsync(60_000))
    expect(counter.resolveSale).not.toHaveBeenCalled()

    act(() => counter.emit({ type: 'uncertain_sale', reference: REFERENCE, cause: { code: 'timeout', seconds: 10 } }))
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'Still not known: SecPaid cannot be reached. Checking again automatically.'
    )
    expect(counter.resolveSale).not.toHaveBeenCalled()
    // Another sale's news is not this one's.
    act(() => counter.emit({ type: 'uncertain_sale', reference: 'POS-counter1-20250101-6', cause: null }))
    expect(counter.resolveSale).not.toHaveBeenCalled()

    // Settled in main: the sale is taken from its journal, as "Check again" would.
    counter.resolveSale.mockResolvedValue({ ok: true, value: saleLink({ reference: REFERENCE }) })
    act(() => counter.emit({ type: 'uncertain_sale', reference: REFERENCE, cause: null }))
    expect(await screen.findByTestId('qr-screen')).toBeTruthy()
    expect(counter.resolveSale).toHaveBeenCalledExactlyOnceWith({ reference: REFERENCE })
  })

  it('frees Charge with the amount kept when main proves no link was made', async () => {
    const counter = fakeCounter()
    counter.resolveSale.mockResolvedValue({
      ok: false,
      error: {
        code: 'nothing_charged',
        reference: REFERENCE,
        failure: { code: 'link_not_created', cause: { code: 'unreachable', reason: 'dropped' } }
      }
    })
    await loseChargeAnswer(counter)
    fireEvent.click(screen.getByTestId('resolve-sale'))
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'The connection to SecPaid broke before an answer arrived. SecPaid did not create the link; nothing was charged.'
    )
    expect(screen.queryByTestId('uncertain-sale')).toBeNull()
    expect(chargeButton().disabled).toBe(false)
    expect(chargeButton().textContent).toBe('Charge €12.34')
  })

  it('stays uncertain when the main process itself failed during the check', async () => {
    const counter = fakeCounter()
    counter.resolveSale.mockRejectedValue(new Error('Error invoking remote method'))
    await loseChargeAnswer(counter)
    fireEvent.click(screen.getByTestId('resolve-sale'))
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'The counter app could not reach its main process.'
    )
    expect(chargeButton().disabled).toBe(true)
  })
})
