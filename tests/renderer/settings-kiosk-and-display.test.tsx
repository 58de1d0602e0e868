import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { customerDisplayInfo, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

async function openSettings(counter = fakeCounter(), section: 'security' | 'display' = 'security') {
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('settings-button'))
  await screen.findByTestId('settings-screen')
  fireEvent.click(screen.getByTestId(`settings-section-${section}`))
  return rendered
}

describe('kiosk mode', () => {
  it('saves the switch at once and warns while no PIN guards the way out', async () => {
    const { counter } = await openSettings()
    const kiosk = screen.getByTestId<HTMLInputElement>('settings-kiosk')
    expect(kiosk.checked).toBe(false)
    expect(screen.getByTestId('settings-security').textContent).toContain('set a PIN first')
    fireEvent.click(kiosk)
    await waitFor(() => expect(kiosk.checked).toBe(true))
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({ kioskMode: true })
    expect(screen.getByTestId('kiosk-without-pin').textContent).toBe(
      'No PIN is set: anyone at the counter can leave kiosk mode.'
    )
  })

  it('turns off again the same way', async () => {
    const { counter } = await openSettings(fakeCounter(publicSettings({ kioskMode: true })))
    fireEvent.click(screen.getByTestId('settings-kiosk'))
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('settings-kiosk').checked).toBe(false))
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({ kioskMode: false })
  })
})

describe('quit', () => {
  it('asks first: keeping it quits nothing, confirming calls quitApp once', async () => {
    const { counter } = await openSettings()
    fireEvent.click(screen.getByTestId('settings-quit'))
    expect(screen.getByRole('dialog').textContent).toContain('Quit SecPaid Counter?')
    expect(counter.quitApp).not.toHaveBeenCalled()

    fireEvent.click(screen.getByTestId('confirm-keep'))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(counter.quitApp).not.toHaveBeenCalled()

    fireEvent.click(screen.getByTestId('settings-quit'))
    fireEvent.click(screen.getByTestId('confirm-cancel'))
    await waitFor(() => expect(counter.quitApp).toHaveBeenCalledExactlyOnceWith({}))
  })
})

describe('customer display', () => {
  it('asks main for nothing while both displays are off', async () => {
    const { counter } = await openSettings(fakeCounter(), 'display')
    expect(screen.queryByTestId('pairing-code')).toBeNull()
    expect(counter.customerDisplayInfo).not.toHaveBeenCalled()
  })

  it('once the customer window is switched on and saved, shows the pairing code', async () => {
    const { counter } = await openSettings(fakeCounter(), 'display')
    fireEvent.click(screen.getByTestId('settings-customer-window'))
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('482913')
    expect(counter.updateSettings).toHaveBeenCalledWith(expect.objectContaining({ customerWindow: true }))
    expect(counter.customerDisplayInfo).toHaveBeenCalledTimes(1)
    expect(screen.queryByTestId('lan-urls')).toBeNull()
    expect(screen.queryByTestId('lan-qr')).toBeNull()
  })

  it('on the network: the warning, the addresses, a QR of the first one with the code, and the port', async () => {
    const counter = fakeCounter(publicSettings({ lanDisplay: true, lanDisplayPort: 8377 }))
    counter.customerDisplayInfo.mockResolvedValue({
      ok: true,
      value: customerDisplayInfo({ lanUrls: ['http://192.168.1.20:8377/', 'http://10.0.0.5:8377/'] })
    })
    await openSettings(counter, 'display')
    expect(screen.getByTestId('lan-display-warning').textContent).toContain('unencrypted')
    expect(screen.getByTestId<HTMLInputElement>('settings-lan-port').value).toBe('8377')
    const urls = await screen.findByTestId('lan-urls')
    expect(
      within(urls)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual(['http://192.168.1.20:8377/', 'http://10.0.0.5:8377/'])
    const qr = await screen.findByTestId<HTMLImageElement>('lan-qr')
    expect(qr.src.startsWith('data:image/svg+xml')).toBe(true)
  })

  it('shows why the display is off', async () => {
    const counter = fakeCounter(publicSettings({ lanDisplay: true }))
    counter.customerDisplayInfo.mockResolvedValue({
      ok: true,
      value: customerDisplayInfo({ problem: { code: 'port_in_use', port: 8377 } })
    })
    await openSettings(counter, 'display')
    expect((await screen.findByTestId('display-problem')).textContent).toBe(
      'The customer display could not start: another program uses port 8377.'
    )
  })

  it('“New code” asks main for a new pairing code and shows it', async () => {
    const { counter } = await openSettings(fakeCounter(publicSettings({ customerWindow: true })), 'display')
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('482913')
    fireEvent.click(screen.getByTestId('new-pairing-code'))
    await waitFor(() => expect(screen.getByTestId('pairing-code').textContent).toBe('105577'))
    expect(counter.newPairingCode).toHaveBeenCalledExactlyOnceWith({})
  })

  it('asks again after a saved change of the port', async () => {
    const { counter } = await openSettings(fakeCounter(publicSettings({ lanDisplay: true })), 'display')
    await screen.findByTestId('pairing-code')
    fireEvent.change(screen.getByTestId('settings-lan-port'), { target: { value: '9000' } })
    fireEvent.blur(screen.getByTestId('settings-lan-port'))
    await waitFor(() => expect(counter.customerDisplayInfo).toHaveBeenCalledTimes(2))
    expect(counter.updateSettings).toHaveBeenCalledWith(expect.objectContaining({ lanDisplayPort: 9000 }))
  })

  it.each(['80', '65536', '8080.5', ''])('refuses port %j without calling main, keeping it in view', async (port) => {
    const { counter } = await openSettings(fakeCounter(publicSettings({ lanDisplay: true })), 'display')
    fireEvent.change(screen.getByTestId('settings-lan-port'), { target: { value: port } })
    fireEvent.blur(screen.getByTestId('settings-lan-port'))
    expect((await screen.findByTestId('settings-lan-port-status')).textContent).toBe('Enter a port from 1024 to 65535.')
    expect(screen.getByTestId<HTMLInputElement>('settings-lan-port').value).toBe(port)
    expect(counter.updateSettings).not.toHaveBeenCalled()
  })

  it('speaks German', async () => {
    const counter = fakeCounter(publicSettings({ language: 'de', customerWindow: true }))
    await openSettings(counter, 'display')
    await screen.findByTestId('pairing-code')
    expect(screen.getByText('Kundenanzeige auf einem zweiten Bildschirm')).toBeTruthy()
    expect(screen.getByText('Kundenanzeige auf Handys/Tablets in diesem Netzwerk')).toBeTruthy()
    expect(screen.getByTestId('new-pairing-code').textContent).toBe('Neuer Code')
  })
})
