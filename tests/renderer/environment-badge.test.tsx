import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

const badge = () => screen.getByTestId('environment-badge')

describe('the badge that says where the money goes', () => {
  it('says Demo on the simulator, with what that means for screen readers', async () => {
    await renderApp()
    expect(badge().getAttribute('data-destination')).toBe('demo')
    expect(badge().textContent).toBe('Demo – built-in simulator, nothing is charged')
  })

  it('says Live for production with a key, and Sandbox for SecPaid’s development system, each looking different', async () => {
    const { counter } = await renderApp(
      fakeCounter(publicSettings({ demo: false, environment: 'production', hasKey: true }))
    )
    expect(badge().getAttribute('data-destination')).toBe('live')
    expect(badge().className).toContain('environment-badge-live')
    expect(badge().textContent).toBe('Live – real payments through SecPaid')

    act(() =>
      counter.emit({
        type: 'settings_changed',
        settings: publicSettings({ demo: false, environment: 'development', hasKey: true })
      })
    )
    expect(badge().getAttribute('data-destination')).toBe('sandbox')
    expect(badge().className).toContain('environment-badge-sandbox')
    expect(badge().className).not.toContain('environment-badge-live')
    expect(badge().textContent).toBe('Sandbox – SecPaid test system, no real money')
  })

  it('speaks German when the counter does', async () => {
    await renderApp(fakeCounter(publicSettings({ language: 'de' })))
    expect(badge().textContent).toBe('Demo – eingebauter Simulator, es wird nichts berechnet')
  })
})
