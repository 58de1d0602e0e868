import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

async function openSettings(counter = fakeCounter()) {
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('settings-button'))
  await screen.findByTestId('settings-screen')
  return rendered
}

describe('settings: API key', () => {
  it('never prefills the masked key field and only says whether a key is set', async () => {
    await openSettings(fakeCounter(publicSettings({ hasKey: true })))
    const input = screen.getByTestId<HTMLInputElement>('api-key-input')
    expect(input.type).toBe('password')
    expect(input.value).toBe('')
    expect(screen.getByTestId('api-key-status').textContent).toBe('A key is set')
  })

  it('saves a pasted key, empties the field and reports the key as set', async () => {
    const { counter } = await openSettings()
    expect(screen.getByTestId('api-key-status').textContent).toBe('No key set')
    const input = screen.getByTestId<HTMLInputElement>('api-key-input')
    fireEvent.change(input, { target: { value: ' sk_live_abc ' } })
    fireEvent.click(screen.getByTestId('save-api-key'))
    expect((await screen.findByTestId('api-key-message')).textContent).toBe('The key was saved.')
    expect(counter.setApiKey).toHaveBeenCalledExactlyOnceWith({ apiKey: 'sk_live_abc' })
    expect(input.value).toBe('')
    expect(screen.getByTestId('api-key-status').textContent).toBe('A key is set')
  })

  it('removes the key', async () => {
    const { counter } = await openSettings(fakeCounter(publicSettings({ hasKey: true })))
    fireEvent.click(screen.getByTestId('remove-api-key'))
    expect((await screen.findByTestId('api-key-message')).textContent).toBe('The key was removed.')
    expect(counter.removeApiKey).toHaveBeenCalledExactlyOnceWith({})
    expect(screen.getByTestId('api-key-status').textContent).toBe('No key set')
  })
})

describe('settings: form', () => {
  it('saves the maximum entered in euros as cents, with the other fields', async () => {
    const { counter } = await openSettings()
    fireEvent.change(screen.getByTestId('settings-max-amount'), { target: { value: '250,50' } })
    fireEvent.click(screen.getByTestId('settings-entry-mode-decimal'))
    fireEvent.change(screen.getByTestId('settings-device-name'), { target: { value: 'till2' } })
    fireEvent.click(screen.getByTestId('settings-bank-transfer'))
    fireEvent.click(screen.getByTestId('settings-save'))
    expect((await screen.findByTestId('settings-save-message')).textContent).toBe('Settings saved.')
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({
      linkDefaults: {
        callbackUrl: '',
        paymentEndpoint: '',
        cancellable: true,
        bankTransfer: true,
        bankStatementDescription: '',
        noteTemplate: 'POS-{device}-{yyyyMMdd}-{seq}'
      },
      maxAmountCents: 25_050,
      entryMode: 'decimal',
      language: 'en',
      deviceName: 'till2',
      paidSound: true,
      paidScreenSeconds: 4,
      slowCheckAfterHours: 24,
      customerWindow: false,
      lanDisplay: false,
      lanDisplayPort: 8377
    })
  })

  it('saves the sound switch and the paid screen seconds', async () => {
    const { counter } = await openSettings(fakeCounter(publicSettings({ paidSound: true, paidScreenSeconds: 4 })))
    const sound = screen.getByTestId<HTMLInputElement>('settings-paid-sound')
    const seconds = screen.getByTestId<HTMLInputElement>('settings-paid-seconds')
    expect(sound.checked).toBe(true)
    expect(seconds.value).toBe('4')
    fireEvent.click(sound)
    fireEvent.change(seconds, { target: { value: '12' } })
    fireEvent.click(screen.getByTestId('settings-save'))
    await screen.findByTestId('settings-save-message')
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ paidSound: false, paidScreenSeconds: 12 })
    )
  })

  it('refuses paid screen seconds outside 1–60 without calling the main process', async () => {
    const { counter } = await openSettings()
    for (const typed of ['0', '61', '2.5', '']) {
      fireEvent.change(screen.getByTestId('settings-paid-seconds'), { target: { value: typed } })
      fireEvent.click(screen.getByTestId('settings-save'))
      expect((await screen.findByTestId('settings-save-message')).textContent).toBe(
        'Enter the paid screen time in whole seconds from 1 to 60.'
      )
    }
    expect(counter.updateSettings).not.toHaveBeenCalled()
  })

  it('refuses a maximum that is not a euro amount without calling the main process', async () => {
    const { counter } = await openSettings()
    fireEvent.change(screen.getByTestId('settings-max-amount'), { target: { value: '12,345' } })
    fireEvent.click(screen.getByTestId('settings-save'))
    expect((await screen.findByTestId('settings-save-message')).textContent).toBe(
      'Enter the maximum in euros, from €0.01 to €1,000,000.00.'
    )
    expect(counter.updateSettings).not.toHaveBeenCalled()
  })

  it('words the field main refuses with the limits main sent', async () => {
    const counter = fakeCounter()
    counter.updateSettings.mockResolvedValue({ ok: false, error: { code: 'invalid_request', field: 'deviceName' } })
    await openSettings(counter)
    fireEvent.click(screen.getByTestId('settings-save'))
    expect((await screen.findByTestId('settings-save-message')).textContent).toBe(
      'The device name must be 1 to 20 letters, digits, - or _.'
    )
  })

  it('switches the whole screen to German once German is saved', async () => {
    const counter = fakeCounter()
    counter.updateSettings.mockResolvedValue({ ok: true, value: publicSettings({ language: 'de' }) })
    await openSettings(counter)
    fireEvent.click(screen.getByTestId('settings-language-de'))
    fireEvent.click(screen.getByTestId('settings-save'))
    expect((await screen.findByTestId('settings-save-message')).textContent).toBe('Einstellungen gespeichert.')
    fireEvent.click(screen.getByTestId('settings-close'))
    expect(screen.getByTestId('charge-button').textContent).toBe('Betrag eingeben')
  })
})

describe('settings: repaired at start-up', () => {
  it('lists the settings main had to reset, in the owner’s language', async () => {
    await openSettings(
      fakeCounter(
        publicSettings({
          language: 'de',
          repairedAtStart: [{ code: 'field_reset', field: 'deviceName' }, { code: 'api_key_removed' }]
        })
      )
    )
    const notice = screen.getByTestId('settings-repaired')
    expect(notice.textContent).toContain('Einige Einstellungen waren beim Start unlesbar')
    expect([...notice.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'deviceName war ungültig und wurde zurückgesetzt.',
      'Der gespeicherte API-Schlüssel war unlesbar und wurde entfernt.'
    ])
  })

  it('says nothing when nothing was repaired', async () => {
    await openSettings()
    expect(screen.queryByTestId('settings-repaired')).toBeNull()
  })
})

describe('settings: environment', () => {
  it('saves a chosen environment at once and shows the key status the main process reports for it', async () => {
    const counter = fakeCounter()
    counter.updateSettings.mockResolvedValue({
      ok: true,
      value: publicSettings({ environment: 'production', hasKey: true, demo: false })
    })
    await openSettings(counter)
    fireEvent.click(screen.getByTestId('settings-environment-production'))
    await waitFor(() => expect(screen.queryByTestId('demo-banner')).toBeNull())
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({ environment: 'production' })
    expect(screen.getByTestId<HTMLInputElement>('settings-environment-production').checked).toBe(true)
    expect(screen.getByTestId('api-key-status').textContent).toBe('A key is set')
  })
})

describe('settings: test connection', () => {
  it('says SecPaid accepted the key when the saved settings reach SecPaid', async () => {
    const { counter } = await openSettings()
    fireEvent.click(screen.getByTestId('test-connection'))
    expect((await screen.findByTestId('test-connection-result')).textContent).toBe(
      'Connected – SecPaid accepted the API key'
    )
    expect(counter.testConnection).toHaveBeenCalledExactlyOnceWith({})
  })

  it('says it reached the Demo simulator, not SecPaid, in Demo mode', async () => {
    const counter = fakeCounter()
    counter.testConnection.mockResolvedValue({ ok: true, value: { demo: true } })
    await openSettings(counter)
    fireEvent.click(screen.getByTestId('test-connection'))
    expect((await screen.findByTestId('test-connection-result')).textContent).toBe(
      'Connected to the Demo simulator – no real payments'
    )
  })

  it('shows the error when the connection fails', async () => {
    const counter = fakeCounter()
    counter.testConnection.mockResolvedValue({ ok: false, error: { code: 'key_rejected', httpStatus: 401 } })
    await openSettings(counter)
    fireEvent.click(screen.getByTestId('test-connection'))
    expect((await screen.findByTestId('test-connection-result')).textContent).toBe(
      'The API key was rejected by SecPaid'
    )
  })
})
