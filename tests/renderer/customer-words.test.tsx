import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { DISPLAY_TEXTS } from '../../src-renderer/customer-display/display-texts'
import { paidSound } from '../../src-renderer/src/lib/browser/paid-sound'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.restoreAllMocks()
})

describe('the customer reads the same words on the cashier’s screen and on the customer display', () => {
  it.each(['en', 'de'] as const)(
    '%s: "scan to pay" on the QR screen and "paid" on the Paid screen',
    async (language) => {
      vi.spyOn(paidSound, 'play').mockImplementation(() => undefined)
      const counter = fakeCounter(publicSettings({ language }))
      await renderApp(counter)
      fireEvent.click(screen.getByTestId('key-1'))
      fireEvent.click(screen.getByTestId('key-00'))
      fireEvent.click(screen.getByTestId('charge-button'))
      const qr = await screen.findByTestId('qr-screen')
      expect(qr.textContent).toContain(DISPLAY_TEXTS[language].scanToPay)
      await waitFor(() => expect(counter.watchLink).toHaveBeenCalled())
      act(() => counter.emit({ type: 'link_status', linkId: 101, state: 'paid' }))
      await screen.findByTestId('paid-screen')
      expect(screen.getByTestId('paid-thanks').textContent).toBe(DISPLAY_TEXTS[language].paidThanks)
    }
  )
})
