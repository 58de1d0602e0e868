import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { customerDisplayInfo, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

async function openDisplaySettings(counter: ReturnType<typeof fakeCounter>) {
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('settings-button'))
  await screen.findByTestId('settings-screen')
  fireEvent.click(screen.getByTestId('settings-section-display'))
  return rendered
}

const LAN = { lanUrls: ['http://192.168.1.20:8377/'] }

describe('LAN display pairing in Settings', () => {
  it('says plainly that the LAN display is for a network the shop trusts, as the pay link travels unencrypted', async () => {
    await openDisplaySettings(fakeCounter(publicSettings({ lanDisplay: true })))
    const warning = screen.getByTestId('lan-display-warning').textContent
    expect(warning).toContain('network the shop trusts')
    expect(warning).toContain('unencrypted')
  })

  it('sagt es auch auf Deutsch', async () => {
    await openDisplaySettings(fakeCounter(publicSettings({ lanDisplay: true, language: 'de' })))
    const warning = screen.getByTestId('lan-display-warning').textContent
    expect(warning).toContain('Netzwerk, dem der Laden vertraut')
    expect(warning).toContain('unverschlüsselt')
  })

  it('while Settings are open, a code changed by itself for wrong codes is shown at once, with why', async () => {
    const counter = fakeCounter(publicSettings({ lanDisplay: true }))
    counter.customerDisplayInfo.mockResolvedValue({ ok: true, value: customerDisplayInfo(LAN) })
    await openDisplaySettings(counter)
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('482913')
    expect(screen.queryByTestId('pairing-code-changed')).toBeNull()

    counter.customerDisplayInfo.mockResolvedValue({
      ok: true,
      value: customerDisplayInfo({ ...LAN, pairingCode: '730114', codeChangesForWrongCodes: 1 })
    })
    act(() => counter.emit({ type: 'pairing_code_changed', paused: false }))
    await waitFor(() => expect(screen.getByTestId('pairing-code').textContent).toBe('730114'))
    expect(screen.getByTestId('pairing-code-changed').textContent).toBe(
      'Someone in this network typed wrong pairing codes: the code changed by itself (1×, after every 20 wrong codes). Phones and tablets already paired keep working.'
    )
    expect(await screen.findByTestId('lan-qr')).toBeTruthy()
  })

  it('pairing stopped: says so and how to go on, and offers no QR to pair with', async () => {
    const counter = fakeCounter(publicSettings({ lanDisplay: true, language: 'de' }))
    counter.customerDisplayInfo.mockResolvedValue({
      ok: true,
      value: customerDisplayInfo({ ...LAN, codeChangesForWrongCodes: 5, pairingPaused: true })
    })
    await openDisplaySettings(counter)
    expect((await screen.findByTestId('pairing-paused')).textContent).toBe(
      'Koppeln ist angehalten: Aus diesem Netzwerk kamen 100 falsche Codes. Kein Code koppelt ein neues Handy oder Tablet, bis Sie „Neuer Code“ drücken (das entkoppelt auch alle gekoppelten). Bis dahin laufen gekoppelte weiter.'
    )
    expect(screen.queryByTestId('lan-qr')).toBeNull()
    expect(screen.queryByTestId('pairing-code-changed')).toBeNull()
  })
})
