import { fireEvent, screen } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../src-preload/contract'
import { formatCents, LOCALES } from '../../src-preload/contract/locale'
import { centsToEuroInput } from '../../src-renderer/src/lib/format/euro-input'
import { formatTypedAmount } from '../../src-renderer/src/lib/format/format-money'
import { DICTIONARIES } from '../../src-renderer/src/lib/words/i18n'
import { en, type Messages } from '../../src-renderer/src/lib/words/messages/en'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

/**
 * A third language as the locale module promises it: one entry in `LOCALES` and one dictionary. The pseudo-language
 * writes money the French way (a comma, yet not German), wraps every sentence in ⟦…⟧ and exists in this test only.
 */
const PSEUDO = 'xx' as Language
const pseudoDictionary = Object.fromEntries(
  Object.entries(en).map(([key, text]) => [key, `⟦${text}⟧`])
) as unknown as Messages

beforeAll(() => {
  ;(LOCALES as Record<string, string>)[PSEUDO] = 'fr-FR'
  ;(DICTIONARIES as Record<string, Messages>)[PSEUDO] = pseudoDictionary
})
afterAll(() => {
  resetApp()
  delete (LOCALES as Record<string, string>)[PSEUDO]
  delete (DICTIONARIES as Record<string, Messages>)[PSEUDO]
})

describe('a third language is a dictionary and one entry in the list', () => {
  it('writes money, typed amounts and editable amounts with its own separator, never a hard-coded one', () => {
    const nbsp = /[\u00a0\u202f]/g
    expect(formatCents(123_456, PSEUDO).replace(nbsp, ' ')).toBe('1 234,56 €')
    expect(formatTypedAmount('12', '', PSEUDO).replace(nbsp, ' ')).toBe('12, €')
    expect(formatTypedAmount('12', '5', PSEUDO).replace(nbsp, ' ')).toBe('12,5 €')
    expect(centsToEuroInput(1_234, PSEUDO)).toBe('12,34')
  })

  it('shows the counter in it: every sentence from its dictionary, the keypad’s separator its own', async () => {
    await renderApp(fakeCounter(publicSettings({ entryMode: 'decimal', language: PSEUDO })))
    for (const key of ['key-1', 'key-2', 'key-decimal', 'key-5']) fireEvent.click(screen.getByTestId(key))
    expect(screen.getByTestId('key-decimal').textContent).toBe(',')
    expect(screen.getByTestId('amount-display').textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe('12,5 €')
    // What is left once every sentence of the dictionary is taken out: amounts, digits and signs, no word of its own.
    const leftOver = (document.body.textContent ?? '').replace(/⟦[^⟧]*⟧/g, ' ')
    expect(leftOver.match(/\p{L}{2,}/gu) ?? []).toEqual([])
  })
})
