import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { IpcResult, LinkView } from '../../src-preload/contract'
import { fakeCounter, publicSettings, saleLink } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
})

/**
 * The owner switches Demo → Production with the key while a Demo charge is on its way (SecPaid slow, Settings not
 * blocked by it). Its answer is the old environment's sale: its QR must not open in the new one, pull the owner out of
 * Settings, or be watched there.
 */
describe('a charge answered after the environment changed', () => {
  it('does not open the old environment’s QR', async () => {
    const counter = fakeCounter()
    let answer: (result: IpcResult<LinkView>) => void = () => {}
    counter.charge.mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('key-1'))
    fireEvent.click(screen.getByTestId('key-00'))
    fireEvent.click(screen.getByTestId('charge-button'))
    expect(counter.charge).toHaveBeenCalledOnce()

    act(() =>
      counter.emit({
        type: 'settings_changed',
        settings: publicSettings({ demo: false, environment: 'production', hasKey: true })
      })
    )
    await act(async () => answer({ ok: true, value: saleLink({ linkId: 9_000_000_000_123, amountCents: 100 }) }))

    expect(screen.queryByTestId('qr-screen')).toBeNull()
    expect(counter.watchLink).not.toHaveBeenCalled()
    expect(screen.getByTestId('charge-button')).toBeTruthy()
  })
})
