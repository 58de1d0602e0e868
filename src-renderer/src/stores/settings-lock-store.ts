import { create } from 'zustand'
import type { IpcError } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { useSettingsStore } from './settings-store'
import { useViewStore } from './view-store'

export type PinRefusal = { reason: 'wrong_pin' } | { reason: 'too_many_attempts'; retryInSeconds: number }

interface SettingsLockState {
  /** The PIN pad is open: settings open only once main accepted the PIN. */
  pinPromptOpen: boolean
  /** Asked again because main answered `locked` (the unlock ran out), not because the cashier tapped Settings. */
  askedAgain: boolean
  unlockInFlight: boolean
  refusal: PinRefusal | null
  unlockError: IpcError | null
  /** Settings at once without a PIN; with one, the PIN pad first. */
  openSettings: () => void
  submitPin: (pin: string) => Promise<void>
  cancelPin: () => void
  /** Back to the keypad, and main locks the settings again so the next visit asks for the PIN. */
  closeSettings: () => void
  /** Main refused an owner call with `locked`: ask for the PIN again. */
  settingsLocked: () => void
  /** The whole counter waits behind the PIN (auto-lock after idle minutes); only the right PIN opens it again. */
  counterLocked: boolean
  lockCounter: () => void
}

const promptShown = { pinPromptOpen: true, refusal: null, unlockError: null }

export const useSettingsLockStore = create<SettingsLockState>()((set, get) => ({
  pinPromptOpen: false,
  askedAgain: false,
  unlockInFlight: false,
  refusal: null,
  unlockError: null,
  counterLocked: false,

  openSettings: () => {
    if (useSettingsStore.getState().settings?.pinSet) set({ ...promptShown, askedAgain: false })
    else useViewStore.getState().show('settings')
  },

  submitPin: async (pin) => {
    if (get().unlockInFlight) return
    set({ unlockInFlight: true, unlockError: null })
    const result = await callCounter('unlockSettings', { pin })
    if (!result.ok) {
      set({ unlockInFlight: false, unlockError: result.error })
      return
    }
    const answer = result.value
    if (answer.unlocked && get().counterLocked) {
      // The PIN opened the counter, not the settings: main's settings lock closes again at once.
      set({ unlockInFlight: false, pinPromptOpen: false, askedAgain: false, refusal: null, counterLocked: false })
      void callCounter('lockSettings', {})
      return
    }
    if (answer.unlocked) {
      set({ unlockInFlight: false, pinPromptOpen: false, askedAgain: false, refusal: null })
      if (useViewStore.getState().screen !== 'settings') useViewStore.getState().show('settings')
      return
    }
    const refusal: PinRefusal =
      answer.reason === 'too_many_attempts'
        ? {
            reason: 'too_many_attempts',
            retryInSeconds: Math.ceil(answer.retryInSeconds)
          }
        : { reason: 'wrong_pin' }
    set({ unlockInFlight: false, refusal })
  },

  cancelPin: () => {
    if (get().counterLocked) return
    set({ pinPromptOpen: false, askedAgain: false, refusal: null, unlockError: null })
    // Settings that main keeps locked are no use: a cancelled re-prompt leaves them.
    if (useViewStore.getState().screen === 'settings') get().closeSettings()
  },

  closeSettings: () => {
    void callCounter('lockSettings', {})
    set({ pinPromptOpen: false, askedAgain: false })
    useViewStore.getState().show('keypad')
  },

  settingsLocked: () => {
    if (!get().pinPromptOpen) set({ ...promptShown, askedAgain: true })
  },

  lockCounter: () => {
    if (get().counterLocked || !useSettingsStore.getState().settings?.pinSet) return
    if (useViewStore.getState().screen === 'settings') get().closeSettings()
    else void callCounter('lockSettings', {})
    set({ ...promptShown, askedAgain: false, counterLocked: true })
  }
}))
