import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(() => {
  resetApp()
  vi.useRealTimers()
})

const withPin = () => fakeCounter(publicSettings({ pinSet: true }))

async function tapSettings(counter: FakeCounter) {
  const rendered = await renderApp(counter)
  fireEvent.click(screen.getByTestId('settings-button'))
  return rendered
}

function typePin(pin: string) {
  fireEvent.change(screen.getByTestId('pin-input'), { target: { value: pin } })
  fireEvent.click(screen.getByTestId('pin-submit'))
}

describe('settings PIN prompt', () => {
  it('opens settings at once when no PIN is set', async () => {
    const { counter } = await tapSettings(fakeCounter())
    expect(await screen.findByTestId('settings-screen')).toBeTruthy()
    expect(screen.queryByTestId('pin-dialog')).toBeNull()
    expect(counter.unlockSettings).not.toHaveBeenCalled()
  })

  it('asks for the PIN first, masked, and opens settings once main accepts it', async () => {
    const { counter } = await tapSettings(withPin())
    expect(screen.getByTestId('pin-dialog')).toBeTruthy()
    expect(screen.queryByTestId('settings-screen')).toBeNull()
    expect(screen.getByTestId<HTMLInputElement>('pin-input').type).toBe('password')

    typePin('2468')
    expect(await screen.findByTestId('settings-screen')).toBeTruthy()
    expect(counter.unlockSettings).toHaveBeenCalledExactlyOnceWith({ pin: '2468' })
    expect(screen.queryByTestId('pin-dialog')).toBeNull()
  })

  it('refuses a wrong PIN, empties the field and stays on the keypad', async () => {
    const counter = withPin()
    counter.unlockSettings.mockResolvedValueOnce({ ok: true, value: { unlocked: false, reason: 'wrong_pin' } })
    await tapSettings(counter)
    typePin('1111')
    expect((await screen.findByTestId('pin-error')).textContent).toBe('Wrong PIN. Please try again.')
    expect(screen.getByTestId<HTMLInputElement>('pin-input').value).toBe('')
    expect(screen.queryByTestId('settings-screen')).toBeNull()
    expect(screen.getByTestId('charge-button')).toBeTruthy()

    typePin('2468')
    expect(await screen.findByTestId('settings-screen')).toBeTruthy()
  })

  it('after too many attempts says how long to wait, counts down and allows no try meanwhile', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const counter = withPin()
    counter.unlockSettings.mockResolvedValueOnce({
      ok: true,
      value: { unlocked: false, reason: 'too_many_attempts', retryInSeconds: 30 }
    })
    await tapSettings(counter)
    typePin('1111')
    expect((await screen.findByTestId('pin-error')).textContent).toBe('Too many attempts – try again in 30 s')
    fireEvent.change(screen.getByTestId('pin-input'), { target: { value: '2468' } })
    expect(screen.getByTestId<HTMLButtonElement>('pin-submit').disabled).toBe(true)

    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(screen.getByTestId('pin-error').textContent).toBe('Too many attempts – try again in 20 s')
    await act(() => vi.advanceTimersByTimeAsync(20_000))
    expect(screen.queryByTestId('pin-error')).toBeNull()
    expect(screen.getByTestId<HTMLButtonElement>('pin-submit').disabled).toBe(false)
  })

  it('says the German wait in German', async () => {
    const counter = fakeCounter(publicSettings({ pinSet: true, language: 'de' }))
    counter.unlockSettings.mockResolvedValueOnce({
      ok: true,
      value: { unlocked: false, reason: 'too_many_attempts', retryInSeconds: 12 }
    })
    await tapSettings(counter)
    typePin('1111')
    expect((await screen.findByTestId('pin-error')).textContent).toBe('Zu viele Versuche – erneut versuchen in 12 s')
  })

  it('takes the PIN from its own big keys', async () => {
    const { counter } = await tapSettings(withPin())
    for (const key of ['1', '2', '9', 'backspace', '3', '4']) fireEvent.click(screen.getByTestId(`pin-key-${key}`))
    expect(screen.getByTestId<HTMLInputElement>('pin-input').value).toBe('1234')
    fireEvent.click(screen.getByTestId('pin-submit'))
    await screen.findByTestId('settings-screen')
    expect(counter.unlockSettings).toHaveBeenCalledExactlyOnceWith({ pin: '1234' })
  })

  it('keeps the PIN short of four digits from being sent, and C empties it', async () => {
    await tapSettings(withPin())
    for (const key of ['1', '2', '3']) fireEvent.click(screen.getByTestId(`pin-key-${key}`))
    expect(screen.getByTestId<HTMLButtonElement>('pin-submit').disabled).toBe(true)
    fireEvent.click(screen.getByTestId('pin-key-clear'))
    expect(screen.getByTestId<HTMLInputElement>('pin-input').value).toBe('')
  })

  it('cancel closes the prompt and leaves the keypad as it was', async () => {
    const { counter } = await tapSettings(withPin())
    fireEvent.click(screen.getByTestId('pin-cancel'))
    expect(screen.queryByTestId('pin-dialog')).toBeNull()
    expect(screen.queryByTestId('settings-screen')).toBeNull()
    expect(screen.getByTestId('charge-button')).toBeTruthy()
    expect(counter.unlockSettings).not.toHaveBeenCalled()
  })

  it('takes digits, Backspace and Enter typed on a keyboard, never passing them to the keypad', async () => {
    const { counter } = await tapSettings(withPin())
    const dialog = screen.getByTestId('pin-dialog')
    for (const key of ['1', '3', '5', 'Backspace', '7', '9']) fireEvent.keyDown(dialog, { key })
    expect(screen.getByTestId<HTMLInputElement>('pin-input').value).toBe('1379')
    expect(screen.getByTestId('amount-display').textContent).toBe('€0.00')
    fireEvent.keyDown(dialog, { key: 'Enter' })
    await screen.findByTestId('settings-screen')
    expect(counter.unlockSettings).toHaveBeenCalledExactlyOnceWith({ pin: '1379' })
    expect(counter.charge).not.toHaveBeenCalled()
  })

  it('Enter on a PIN key just tapped submits rather than tapping it again', async () => {
    const { counter } = await tapSettings(withPin())
    for (const digit of ['2', '4', '6', '8']) fireEvent.click(screen.getByTestId(`pin-key-${digit}`))
    fireEvent.keyDown(screen.getByTestId('pin-key-8'), { key: 'Enter' })
    await screen.findByTestId('settings-screen')
    expect(counter.unlockSettings).toHaveBeenCalledExactlyOnceWith({ pin: '2468' })
  })

  it('Escape cancels', async () => {
    await tapSettings(withPin())
    fireEvent.keyDown(screen.getByTestId('pin-dialog'), { key: 'Escape' })
    expect(screen.queryByTestId('pin-dialog')).toBeNull()
    expect(screen.getByTestId('charge-button')).toBeTruthy()
  })

  it('locks the settings again when they are closed, so the next visit asks again', async () => {
    const { counter } = await tapSettings(withPin())
    typePin('2468')
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-close'))
    await waitFor(() => expect(counter.lockSettings).toHaveBeenCalledExactlyOnceWith({}))
    expect(screen.getByTestId('charge-button')).toBeTruthy()

    fireEvent.click(screen.getByTestId('settings-button'))
    expect(screen.getByTestId('pin-dialog')).toBeTruthy()
  })

  it('locks the settings on close even without a PIN', async () => {
    const { counter } = await tapSettings(fakeCounter())
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-close'))
    await waitFor(() => expect(counter.lockSettings).toHaveBeenCalledExactlyOnceWith({}))
  })
})

describe('a locked answer asks for the PIN again', () => {
  const lockedOnce = (counter: FakeCounter) => {
    counter.updateSettings.mockResolvedValueOnce({
      ok: false,
      error: { code: 'locked' }
    })
    return counter
  }

  it('prompts over the settings; the right PIN returns to them and the change can be made again', async () => {
    const counter = lockedOnce(withPin())
    await tapSettings(counter)
    typePin('2468')
    await screen.findByTestId('settings-screen')
    await waitFor(() => expect(screen.queryByTestId('pin-dialog')).toBeNull())
    fireEvent.click(screen.getByTestId('settings-section-paid'))

    fireEvent.click(screen.getByTestId('settings-paid-sound'))
    expect(await screen.findByTestId('pin-dialog')).toBeTruthy()
    expect(screen.getByTestId('pin-dialog').textContent).toContain('The settings were locked again.')
    expect(screen.getByTestId('settings-paid-sound-status').textContent).toBe(
      'Settings are locked. Enter the PIN to change them.'
    )

    typePin('2468')
    await waitFor(() => expect(screen.queryByTestId('pin-dialog')).toBeNull())
    expect(screen.getByTestId('settings-screen')).toBeTruthy()
    fireEvent.click(screen.getByTestId('settings-paid-sound'))
    await waitFor(() => expect(screen.getByTestId('settings-paid-sound-status').textContent).toBe('Saved'))
    expect(counter.unlockSettings).toHaveBeenCalledTimes(2)
  })

  it('cancelling the new prompt leaves the locked settings for the keypad', async () => {
    const counter = lockedOnce(withPin())
    await tapSettings(counter)
    typePin('2468')
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-section-paid'))
    fireEvent.click(screen.getByTestId('settings-paid-sound'))
    await screen.findByTestId('pin-dialog')
    fireEvent.click(screen.getByTestId('pin-cancel'))
    expect(screen.queryByTestId('settings-screen')).toBeNull()
    expect(screen.getByTestId('charge-button')).toBeTruthy()
    expect(counter.lockSettings).toHaveBeenCalledTimes(1)
  })

  it('comes from any owner call, e.g. the kiosk switch', async () => {
    const counter = lockedOnce(fakeCounter())
    await tapSettings(counter)
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-section-security'))
    fireEvent.click(screen.getByTestId('settings-kiosk'))
    expect(await screen.findByTestId('pin-dialog')).toBeTruthy()
  })
})

describe('setting and removing the PIN', () => {
  async function openSettings(counter = fakeCounter()) {
    const rendered = await renderApp(counter)
    fireEvent.click(screen.getByTestId('settings-button'))
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-section-security'))
    return rendered
  }

  function enterNewPin(pin: string, repeated = pin) {
    fireEvent.change(screen.getByTestId('settings-pin-new'), { target: { value: pin } })
    fireEvent.change(screen.getByTestId('settings-pin-repeat'), { target: { value: repeated } })
    fireEvent.click(screen.getByTestId('settings-pin-save'))
  }

  it.each([
    ['too short', '123', '123', 'The PIN must be 4 to 6 digits.'],
    ['empty', '', '', 'The PIN must be 4 to 6 digits.'],
    ['typed differently twice', '2468', '2469', 'The two PINs are not the same.']
  ])('refuses a PIN %s without calling main', async (_name, pin, repeated, message) => {
    const { counter } = await openSettings()
    enterNewPin(pin, repeated)
    expect((await screen.findByTestId('settings-pin-message')).textContent).toBe(message)
    expect(counter.setSettingsPin).not.toHaveBeenCalled()
  })

  it('keeps only digits, at most six, whatever is typed', async () => {
    await openSettings()
    const field = screen.getByTestId<HTMLInputElement>('settings-pin-new')
    fireEvent.change(field, { target: { value: '12a34-5678 9' } })
    expect(field.value).toBe('123456')
    expect(field.type).toBe('password')
  })

  it('sets a PIN, keeps the owner unlocked with it and says a PIN now protects the settings', async () => {
    const { counter } = await openSettings()
    expect(screen.getByTestId('settings-pin-status').textContent).toBe(
      'No PIN: anyone at the counter can open the settings'
    )
    enterNewPin('2468')
    expect((await screen.findByTestId('settings-pin-message')).textContent).toBe('The PIN was saved.')
    expect(counter.setSettingsPin).toHaveBeenCalledExactlyOnceWith({ pin: '2468' })
    expect(counter.unlockSettings).toHaveBeenCalledExactlyOnceWith({ pin: '2468' })
    expect(screen.getByTestId('settings-pin-status').textContent).toBe('A PIN protects the settings')
    expect(screen.getByTestId<HTMLInputElement>('settings-pin-new').value).toBe('')
    expect(screen.getByTestId('settings-pin-save').textContent).toBe('Change PIN')
  })

  it('removes the PIN', async () => {
    const counter = fakeCounter(publicSettings({ pinSet: true }))
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('settings-button'))
    typePin('2468')
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-section-security'))
    fireEvent.click(screen.getByTestId('settings-pin-remove'))
    expect((await screen.findByTestId('settings-pin-message')).textContent).toBe('The PIN was removed.')
    expect(counter.setSettingsPin).toHaveBeenCalledExactlyOnceWith({ pin: null })
    expect(screen.getByTestId<HTMLButtonElement>('settings-pin-remove').disabled).toBe(true)
  })

  it('cannot remove a PIN that is not set', async () => {
    await openSettings()
    expect(screen.getByTestId<HTMLButtonElement>('settings-pin-remove').disabled).toBe(true)
  })
})
