import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { Language } from '../../src-preload/contract'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

async function openAbout(language: Language) {
  const counter = fakeCounter(publicSettings({ language }))
  await renderApp(counter)
  fireEvent.click(screen.getByTestId('settings-button'))
  await screen.findByTestId('settings-screen')
  fireEvent.click(screen.getByTestId('settings-section-about'))
  await screen.findByTestId('about-section')
  return counter
}

describe('Settings → About', () => {
  it('shows main’s version and data folder, and says the app takes no cash, by design', async () => {
    await openAbout('en')
    await waitFor(() => expect(screen.getByTestId('about-version').textContent).toBe('1.2.3'))
    expect(screen.getByTestId('about-data-folder').textContent).toBe('/home/owner/.config/secpaid-counter')
    const noCash = screen.getByTestId('about-no-cash').textContent
    expect(noCash).toContain('takes and records no cash, no vouchers and no stored value')
    expect(noCash).toContain('§ 146a AO, KassenSichV')
  })

  it('in German too', async () => {
    await openAbout('de')
    expect(screen.getByRole('heading', { name: 'Über' })).toBeTruthy()
    expect(screen.getByTestId('about-no-cash').textContent).toContain(
      'nimmt und erfasst kein Bargeld, keine Gutscheine und kein Guthaben'
    )
  })

  it('saves the procedure description in the language chosen, through main, and says how it went', async () => {
    const counter = await openAbout('en')
    fireEvent.click(screen.getByTestId('about-procedure-de'))
    await waitFor(() => expect(screen.getByTestId('about-procedure-result').textContent).toBe('Saved.'))
    expect(counter.exportProcedureDescription).toHaveBeenLastCalledWith({ language: 'de' })
    counter.exportProcedureDescription.mockResolvedValueOnce({ ok: true, value: { saved: false } })
    fireEvent.click(screen.getByTestId('about-procedure-en'))
    await waitFor(() =>
      expect(screen.getByTestId('about-procedure-result').textContent).toBe('Not saved: the dialog was closed.')
    )
    expect(counter.exportProcedureDescription).toHaveBeenLastCalledWith({ language: 'en' })
  })
})
