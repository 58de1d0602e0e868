import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

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

describe('settings: how the API key is kept at rest', () => {
  it('says a key is stored encrypted by the operating system, and a new one will be, without asking more', async () => {
    const { counter } = await openSettings(fakeCounter(publicSettings({ hasKey: true })))
    expect(screen.getByTestId('api-key-stored-as').textContent).toBe('Stored encrypted by the operating system.')
    expect(screen.getByTestId('api-key-storage').textContent).toBe(
      'A new key is stored encrypted by the operating system.'
    )
    expect(screen.queryByTestId('api-key-store-unencrypted')).toBeNull()
    fireEvent.change(screen.getByTestId('api-key-input'), { target: { value: 'sk_live_new' } })
    fireEvent.click(screen.getByTestId('save-api-key'))
    await screen.findByTestId('api-key-message')
    expect(counter.setApiKey).toHaveBeenCalledExactlyOnceWith({ apiKey: 'sk_live_new' })
  })

  it('without a keyring warns before saving, and sends consent only once the owner ticks it', async () => {
    const counter = fakeCounter(publicSettings({ keyStorage: 'weak' }))
    counter.setApiKey.mockResolvedValueOnce({
      ok: false,
      error: { code: 'key_storage_needs_consent', keyStorage: 'weak' }
    })
    await openSettings(counter)
    expect(screen.getByTestId('api-key-storage').textContent).toBe(
      'This computer has no keyring: a new key can only be encrypted with a password built into the app, so anyone who can read this computer’s files can recover it.'
    )
    const input = screen.getByTestId<HTMLInputElement>('api-key-input')
    fireEvent.change(input, { target: { value: 'sk_live_weak' } })
    fireEvent.click(screen.getByTestId('save-api-key'))
    expect((await screen.findByTestId('api-key-message')).textContent).toBe(
      'The key was not saved: on this computer it can only be stored without a keyring’s protection. To store it anyway, tick “Store the key anyway, without this protection”.'
    )
    expect(counter.setApiKey).toHaveBeenLastCalledWith({ apiKey: 'sk_live_weak' })
    expect(screen.getByTestId('api-key-status').textContent).toBe('No key set')

    fireEvent.click(screen.getByTestId('api-key-store-unencrypted'))
    fireEvent.click(screen.getByTestId('save-api-key'))
    await waitFor(() => expect(screen.getByTestId('api-key-message').textContent).toBe('The key was saved.'))
    expect(counter.setApiKey).toHaveBeenLastCalledWith({ apiKey: 'sk_live_weak', storeUnencrypted: true })
    expect(screen.getByTestId('api-key-stored-as').textContent).toBe(
      'Stored without a keyring: anyone who can read this computer’s files can recover it.'
    )
    expect(screen.getByTestId<HTMLInputElement>('api-key-store-unencrypted').checked).toBe(false)
  })

  it('without any encryption says the key would be plain text, in German too', async () => {
    await openSettings(fakeCounter(publicSettings({ keyStorage: 'unavailable', language: 'de' })))
    expect(screen.getByTestId('api-key-storage').textContent).toBe(
      'Dieser Computer bietet keine Verschlüsselung: Ein neuer Schlüssel kann nur als Klartext gespeichert werden, lesbar für jeden, der die Dateien dieses Computers lesen kann.'
    )
    expect(screen.getByTestId('api-key-store-unencrypted').closest('label')?.textContent).toBe(
      'Schlüssel trotzdem ohne diesen Schutz speichern'
    )
  })

  it('a stored key that no longer decrypts asks to be entered again, not "no key set", and can be removed', async () => {
    const { counter } = await openSettings(fakeCounter(publicSettings({ keyStatus: { state: 'undecryptable' } })))
    expect(screen.getByTestId('api-key-status').textContent).toBe(
      'A key is stored but can no longer be decrypted (new keyring or restored profile). Re-enter your key.'
    )
    expect(screen.queryByTestId('api-key-stored-as')).toBeNull()
    fireEvent.click(screen.getByTestId('remove-api-key'))
    expect((await screen.findByTestId('api-key-message')).textContent).toBe('The key was removed.')
    expect(counter.removeApiKey).toHaveBeenCalledOnce()
  })
})

describe('settings: a read-only settings file', () => {
  it('says the settings cannot be saved, with the reason the OS gave', async () => {
    await openSettings(fakeCounter(publicSettings({ settingsFile: { writable: false, errno: 'EROFS' } })))
    expect(screen.getByTestId('settings-unwritable').textContent).toBe(
      'The settings cannot be saved (EROFS): the settings file or its folder is read-only. The counter runs with the settings shown here; every change is refused until the file can be written again.'
    )
  })

  it('words a refused save and shows the notice as soon as main announces it', async () => {
    const counter = fakeCounter()
    counter.updateSettings.mockResolvedValue({ ok: false, error: { code: 'settings_unwritable', errno: 'EACCES' } })
    await openSettings(counter)
    expect(screen.queryByTestId('settings-unwritable')).toBeNull()
    fireEvent.click(screen.getByTestId('settings-section-paid'))
    fireEvent.click(screen.getByTestId('settings-paid-sound'))
    expect((await screen.findByTestId('settings-paid-sound-status')).textContent).toBe(
      'The settings cannot be saved: the settings file or its folder is read-only (EACCES). Nothing was changed.'
    )
    act(() =>
      counter.emit({
        type: 'settings_changed',
        settings: publicSettings({ settingsFile: { writable: false, errno: 'EACCES' } })
      })
    )
    expect(screen.getByTestId('settings-unwritable').textContent).toContain('(EACCES)')
  })
})

describe('settings: each change saves on its own', () => {
  async function openCounterSection(counter = fakeCounter()) {
    const rendered = await openSettings(counter)
    fireEvent.click(screen.getByTestId('settings-section-counter'))
    return rendered
  }
  const type = (testId: string, value: string) => {
    fireEvent.change(screen.getByTestId(testId), { target: { value } })
    fireEvent.blur(screen.getByTestId(testId))
  }

  it('shows one section at a time: counter, after payment, payment links, customer display, security', async () => {
    await openSettings()
    expect(screen.getByTestId('settings-section-connection').getAttribute('aria-current')).toBe('page')
    expect(screen.queryByTestId('settings-max-amount')).toBeNull()
    fireEvent.click(screen.getByTestId('settings-section-counter'))
    expect(screen.getByTestId('settings-max-amount')).toBeTruthy()
    expect(screen.queryByTestId('settings-paid-seconds')).toBeNull()
    fireEvent.click(screen.getByTestId('settings-section-paid'))
    expect(screen.getByTestId('settings-paid-seconds')).toBeTruthy()
    expect(screen.queryByTestId('settings-note-template')).toBeNull()
    fireEvent.click(screen.getByTestId('settings-section-links'))
    expect(screen.getByTestId('settings-note-template')).toBeTruthy()
    fireEvent.click(screen.getByTestId('settings-section-display'))
    expect(screen.getByTestId('settings-customer-window')).toBeTruthy()
    fireEvent.click(screen.getByTestId('settings-section-security'))
    expect(screen.getByTestId('settings-kiosk')).toBeTruthy()
  })

  it('saves the maximum entered in euros as cents once the field is left, alone, and says "Saved"', async () => {
    const { counter } = await openCounterSection()
    type('settings-max-amount', '250,50')
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({ maxAmountCents: 25_050 })
    expect((await screen.findByTestId('settings-max-amount-status')).textContent).toBe('Saved')
  })

  it('saves typed text once typing pauses, without leaving the field', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { counter } = await openCounterSection()
    fireEvent.change(screen.getByTestId('settings-device-name'), { target: { value: 'till' } })
    fireEvent.change(screen.getByTestId('settings-device-name'), { target: { value: 'till2' } })
    expect(counter.updateSettings).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(800))
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({ deviceName: 'till2' })
    vi.useRealTimers()
  })

  it('saves a choice, a switch and a link default at once, each with only its own field', async () => {
    const { counter } = await openCounterSection()
    fireEvent.click(screen.getByTestId('settings-entry-mode-decimal'))
    fireEvent.click(screen.getByTestId('settings-section-paid'))
    fireEvent.click(screen.getByTestId('settings-paid-sound'))
    fireEvent.click(screen.getByTestId('settings-section-links'))
    fireEvent.click(screen.getByTestId('settings-bank-transfer'))
    expect(counter.updateSettings.mock.calls).toEqual([
      [{ entryMode: 'decimal' }],
      [{ paidSound: false }],
      [{ linkDefaults: { bankTransfer: true } }]
    ])
    expect((await screen.findByTestId('settings-bank-transfer-status')).textContent).toBe('Saved')
  })

  it('refuses paid screen seconds outside 1–60 without calling the main process, keeping what was typed', async () => {
    const { counter } = await openCounterSection()
    fireEvent.click(screen.getByTestId('settings-section-paid'))
    for (const typed of ['0', '61', '2.5', '']) {
      type('settings-paid-seconds', typed)
      expect(screen.getByTestId('settings-paid-seconds-status').textContent).toBe(
        'Enter the paid screen time in whole seconds from 1 to 60.'
      )
      expect(screen.getByTestId<HTMLInputElement>('settings-paid-seconds').value).toBe(typed)
    }
    expect(counter.updateSettings).not.toHaveBeenCalled()
    type('settings-paid-seconds', '12')
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({ paidScreenSeconds: 12 })
    await waitFor(() => expect(screen.getByTestId('settings-paid-seconds-status').textContent).toBe('Saved'))
  })

  it('saves how many tills share the API key, refusing a number outside 1–10 without calling main', async () => {
    const { counter } = await openCounterSection()
    fireEvent.click(screen.getByTestId('settings-section-paid'))
    expect(screen.getByTestId<HTMLInputElement>('settings-tills-on-key').value).toBe('1')
    expect(screen.getByText(/How many tills use the same key \(1–10\)/)).toBeTruthy()
    for (const typed of ['0', '11', '1.5', '']) {
      type('settings-tills-on-key', typed)
      expect(screen.getByTestId('settings-tills-on-key-status').textContent).toBe(
        'Enter the number of tills as a whole number from 1 to 10.'
      )
    }
    expect(counter.updateSettings).not.toHaveBeenCalled()
    type('settings-tills-on-key', '3')
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({ tillsOnKey: 3 })
    await waitFor(() => expect(screen.getByTestId('settings-tills-on-key-status').textContent).toBe('Saved'))
  })

  it('refuses a maximum that is not a euro amount without calling the main process', async () => {
    const { counter } = await openCounterSection()
    type('settings-max-amount', '12,345')
    expect(screen.getByTestId('settings-max-amount-status').textContent).toBe(
      'Enter the maximum in euros, from €0.01 to €1,000,000.00.'
    )
    expect(counter.updateSettings).not.toHaveBeenCalled()
  })

  it('words the field main refuses with the limits main sent, and the refused value stays', async () => {
    const counter = fakeCounter()
    counter.updateSettings.mockResolvedValue({ ok: false, error: { code: 'invalid_request', field: 'deviceName' } })
    await openCounterSection(counter)
    type('settings-device-name', 'till 2!')
    expect((await screen.findByTestId('settings-device-name-status')).textContent).toBe(
      'The device name must be 1 to 20 letters, digits, - or _.'
    )
    expect(screen.getByTestId<HTMLInputElement>('settings-device-name').value).toBe('till 2!')
  })

  it('does not leave while a refused change is on screen, and says why; once corrected it leaves', async () => {
    const { counter } = await openCounterSection()
    fireEvent.click(screen.getByTestId('settings-section-paid'))
    type('settings-paid-seconds', '99')
    fireEvent.click(screen.getByTestId('settings-close'))
    expect((await screen.findByTestId('settings-not-saved')).textContent).toBe(
      'A change was not saved: correct or undo the field marked in red.'
    )
    expect(screen.getByTestId('settings-screen')).toBeTruthy()
    type('settings-paid-seconds', '9')
    await waitFor(() => expect(screen.getByTestId('settings-paid-seconds-status').textContent).toBe('Saved'))
    fireEvent.click(screen.getByTestId('settings-close'))
    await screen.findByTestId('charge-button')
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({ paidScreenSeconds: 9 })
  })

  it('a refused change is still on screen, with its reason, after another section was shown', async () => {
    await openCounterSection()
    fireEvent.click(screen.getByTestId('settings-section-paid'))
    type('settings-paid-seconds', '99')
    const reason = screen.getByTestId('settings-paid-seconds-status').textContent
    fireEvent.click(screen.getByTestId('settings-section-counter'))
    fireEvent.click(screen.getByTestId('settings-section-paid'))
    expect(screen.getByTestId<HTMLInputElement>('settings-paid-seconds').value).toBe('99')
    expect(screen.getByTestId('settings-paid-seconds-status').textContent).toBe(reason)
    expect(screen.getByTestId('settings-paid-seconds').getAttribute('aria-invalid')).toBe('true')
  })

  it('saves a change still waiting for its pause when the settings are left', async () => {
    const { counter } = await openCounterSection()
    fireEvent.change(screen.getByTestId('settings-device-name'), { target: { value: 'till9' } })
    fireEvent.click(screen.getByTestId('settings-close'))
    await screen.findByTestId('charge-button')
    expect(counter.updateSettings).toHaveBeenCalledExactlyOnceWith({ deviceName: 'till9' })
  })

  it('switches the whole screen to German once German is saved', async () => {
    const counter = fakeCounter()
    counter.updateSettings.mockResolvedValue({ ok: true, value: publicSettings({ language: 'de' }) })
    await openCounterSection(counter)
    fireEvent.click(screen.getByTestId('settings-language-de'))
    expect((await screen.findByTestId('settings-language-status')).textContent).toBe('Gespeichert')
    fireEvent.click(screen.getByTestId('settings-close'))
    expect((await screen.findByTestId('charge-button')).textContent).toBe('Betrag eingeben')
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

  it('says a damaged PIN was removed, so the owner knows to set one again', async () => {
    await openSettings(fakeCounter(publicSettings({ repairedAtStart: [{ code: 'pin_removed' }] })))
    expect(screen.getByTestId('settings-repaired').querySelector('li')?.textContent).toBe(
      'The stored PIN was damaged and was removed: anyone can open the settings until a new PIN is set.'
    )
    fireEvent.click(screen.getByTestId('settings-section-security'))
    expect(screen.getByTestId('settings-pin-status').textContent).toBe(
      'No PIN: anyone at the counter can open the settings'
    )
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
