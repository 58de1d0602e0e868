import { fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { HistorySale, Language } from '../../src-preload/contract'
import { useDayCloseStore } from '../../src-renderer/src/stores/day-close-store'
import { useHistoryStore } from '../../src-renderer/src/stores/history-store'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  useHistoryStore.setState(useHistoryStore.getInitialState(), true)
  useDayCloseStore.setState(useDayCloseStore.getInitialState(), true)
})

/** What a cash button or a "mark as paid" would be called, in English and German. */
const CASH_OR_MARK_PAID =
  /\b(cash|bargeld|barzahlung|bar bezahlt|voucher|gutschein|guthaben|stored value|mark(ed)? (as )?paid|als bezahlt|bezahlt markieren|paid manually|manuell bezahlt|confirm payment|zahlung bestätigen|record payment|zahlung erfassen)\b/i

/** Every control on screen by the name a person (or a screen reader) knows it by. */
function controlNames(): string[] {
  const controls = document.querySelectorAll<HTMLElement>(
    'button, a, input, select, option, textarea, [role="button"], [role="menuitem"], [role="link"], [role="tab"]'
  )
  return [...controls].map((control) =>
    [
      control.textContent,
      control.getAttribute('aria-label'),
      control.getAttribute('title'),
      control.getAttribute('value'),
      control.closest('label')?.textContent,
      control.dataset.testid
    ]
      .filter((part) => part !== null && part !== undefined && part !== '')
      .join(' | ')
  )
}

const seen: string[] = []
const look = () => {
  const names = controlNames()
  seen.push(...names)
  return names.filter((name) => CASH_OR_MARK_PAID.test(name))
}

const waiting: HistorySale = {
  reference: 'POS-abcde-20261102-1',
  day: '2026-11-02',
  at: '2026-11-02T11:00:00.000Z',
  amountCents: 1234,
  note: '',
  status: 'waiting',
  linkId: 99290,
  till: 'abcde',
  refund: null
}

describe('there is no cash button and no “mark as paid” anywhere', () => {
  it.each(['en', 'de'] as const)(
    'in %s: keypad, QR, history with a waiting sale, day close, every Settings section',
    async (language: Language) => {
      const counter = fakeCounter(publicSettings({ language }))
      counter.salesHistory.mockResolvedValue({ ok: true, value: { sales: [waiting], nextCursor: null } })
      counter.saleDetail.mockResolvedValue({
        ok: true,
        value: {
          sale: waiting,
          history: [{ step: 'creating', at: waiting.at }],
          failure: null,
          link: null,
          refundableCents: 0
        }
      })
      await renderApp(counter)
      expect(look()).toEqual([])

      fireEvent.click(screen.getByTestId('key-4'))
      fireEvent.click(screen.getByTestId('charge-button'))
      await screen.findByTestId('qr-screen')
      expect(look()).toEqual([])
      fireEvent.click(screen.getByTestId('back-to-keypad'))

      fireEvent.click(screen.getByTestId('nav-history'))
      fireEvent.click(await screen.findByTestId(`history-sale-${waiting.reference}`))
      await screen.findByTestId('sale-actions')
      expect(look()).toEqual([])

      fireEvent.click(
        screen.getAllByRole('button', { name: language === 'de' ? 'Zurück zur Tastatur' : 'Back to the keypad' })[0]!
      )
      fireEvent.click(screen.getByTestId('nav-day-close'))
      await screen.findByTestId('day-close-show')
      expect(look()).toEqual([])

      fireEvent.click(
        screen.getAllByRole('button', { name: language === 'de' ? 'Zurück zur Tastatur' : 'Back to the keypad' })[0]!
      )
      fireEvent.click(screen.getByTestId('settings-button'))
      await screen.findByTestId('settings-screen')
      const sections = [...document.querySelectorAll<HTMLElement>('[data-testid^="settings-section-"]')]
      expect(sections.length).toBeGreaterThan(5)
      for (const section of sections) {
        fireEvent.click(section)
        expect(look(), section.dataset.testid).toEqual([])
      }
      // The walk saw the screens' controls, not an empty page.
      expect(seen.some((name) => name.includes('charge-button'))).toBe(true)
      expect(seen.some((name) => name.includes('settings-close'))).toBe(true)
    }
  )

  it('the pattern would catch such a control', () => {
    for (const name of ['Cash', 'Bargeld', 'Mark as paid', 'Als bezahlt markieren', 'Gutschein einlösen']) {
      expect(CASH_OR_MARK_PAID.test(name), name).toBe(true)
    }
  })
})
