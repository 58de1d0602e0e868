import { create } from 'zustand'

import type { IpcError, UnlockPurpose } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { useSettingsStore } from './settings-store'
import { useStaffStore } from './staff-store'
import { useViewStore } from './view-store'

export type PinRefusal = { reason: 'wrong_pin' } | { reason: 'too_many_attempts'; retryInSeconds: number }

interface SettingsLockState {
  /** The PIN pad is open: settings open only once main accepted the PIN. */
  pinPromptOpen: boolean
  /** What the PIN on the pad is for: Settings, the locked counter, or one save or print dialog (kiosk mode). */
  purpose: UnlockPurpose
  /** Asked again because main answered `locked` (the unlock ran out), not because the cashier tapped Settings. */
  askedAgain: boolean
  unlockInFlight: boolean
  refusal: PinRefusal | null
  unlockError: IpcError | null
  /** Settings at once without a PIN; with one, the PIN pad first. */
  openSettings: () => void
  submitPin: (pin: string) => Promise<void>
  cancelPin: () => void
  /** Back to the keypad; leaving Settings by any way locks them in main (wire-stores.ts). */
  closeSettings: () => void
  /** Main refused an owner call with `locked`: ask for the PIN again. */
  settingsLocked: () => void
  /**
   * Main's counter lock (auto-lock, or locked at start): only the right PIN opens it again. With the owner's choice
   * `owner`, selling goes on and the PIN pad shows when an owner's function is asked for.
   */
  counterLocked: boolean
  /** The idle minutes are over: main locks the counter. */
  lockCounter: () => void
  /** Main says the counter is locked (at start, or by refusing a call with `counter_locked`). */
  counterLockedByMain: (askNow: boolean) => void
  /** Kiosk mode: the PIN pad for one save or print dialog; true once main accepted the PIN, false if cancelled. */
  askDialogPin: () => Promise<boolean>
  /** Asks main whether the counter is locked (it starts locked when auto-lock is on, or when there are cashiers). */
  loadLockStatus: () => Promise<void>
  /** "Switch cashier" on the top bar: main signs the cashier out and the lock screen asks who comes next. */
  switchCashier: () => Promise<void>
}

const promptShown = { pinPromptOpen: true, refusal: null, unlockError: null }

/** Who waits for the dialog PIN's answer; one at a time, like the pad. */
let dialogWaiter: ((allowed: boolean) => void) | null = null
const answerDialogWaiter = (allowed: boolean) => {
  const waiter = dialogWaiter
  dialogWaiter = null
  waiter?.(allowed)
}

const lockScope = () => useSettingsStore.getState().settings?.autoLockScope ?? 'everything'

export const useSettingsLockStore = create<SettingsLockState>()((set, get) => ({
  pinPromptOpen: false,
  purpose: 'settings',
  askedAgain: false,
  unlockInFlight: false,
  refusal: null,
  unlockError: null,
  counterLocked: false,

  openSettings: () => {
    if (useSettingsStore.getState().settings?.pinSet) set({ ...promptShown, purpose: 'settings', askedAgain: false })
    else useViewStore.getState().show('settings')
  },

  submitPin: async (pin) => {
    if (get().unlockInFlight) return
    const purpose = get().purpose
    set({ unlockInFlight: true, unlockError: null })
    const staff = useStaffStore.getState()
    // With cashiers, the lock screen signs in the one chosen, with their own PIN.
    const signingIn = purpose === 'counter' && staff.view?.enabled === true && staff.chosen !== null
    const result = signingIn
      ? await callCounter('signIn', { cashierId: staff.chosen ?? '', pin })
      : await callCounter('unlockSettings', purpose === 'settings' ? { pin } : { pin, purpose })
    if (!result.ok) {
      set({ unlockInFlight: false, unlockError: result.error })
      return
    }
    const answer = result.value
    if (!answer.unlocked) {
      const refusal: PinRefusal =
        answer.reason === 'too_many_attempts'
          ? { reason: 'too_many_attempts', retryInSeconds: Math.ceil(answer.retryInSeconds) }
          : { reason: 'wrong_pin' }
      set({ unlockInFlight: false, refusal })
      return
    }
    const closed = { unlockInFlight: false, pinPromptOpen: false, askedAgain: false, refusal: null }
    if (purpose !== 'dialog') void useStaffStore.getState().load()
    if (purpose === 'dialog') {
      set(closed)
      answerDialogWaiter(true)
      return
    }
    // Settings' PIN opens the counter too; the counter's PIN opens only the counter.
    set({ ...closed, counterLocked: false })
    if (purpose === 'settings' && useViewStore.getState().screen !== 'settings')
      useViewStore.getState().show('settings')
  },

  cancelPin: () => {
    const { counterLocked, purpose } = get()
    const staffEnabled = useStaffStore.getState().view?.enabled === true
    if (counterLocked && purpose === 'counter' && (lockScope() === 'everything' || staffEnabled)) return
    set({ pinPromptOpen: false, askedAgain: false, refusal: null, unlockError: null, purpose: 'settings' })
    if (purpose === 'dialog') answerDialogWaiter(false)
    // Settings that main keeps locked are no use: a cancelled re-prompt leaves them.
    if (useViewStore.getState().screen === 'settings') get().closeSettings()
  },

  closeSettings: () => {
    set({ pinPromptOpen: false, askedAgain: false })
    useViewStore.getState().show('keypad')
  },

  settingsLocked: () => {
    if (!get().pinPromptOpen) set({ ...promptShown, purpose: 'settings', askedAgain: true })
  },

  lockCounter: () => {
    if (get().counterLocked || !useSettingsStore.getState().settings?.pinSet) return
    void callCounter('lockCounter', {})
    get().counterLockedByMain(lockScope() === 'everything')
  },

  counterLockedByMain: (askNow) => {
    const { counterLocked, pinPromptOpen } = get()
    // Every call refused while locked says so again: the pad, and what was typed on it, stay as they are.
    if (counterLocked && (pinPromptOpen || !askNow)) return
    // The owner's screens close: what they showed is not for whoever comes to the locked counter.
    const screen = useViewStore.getState().screen
    if (screen === 'settings') get().closeSettings()
    else if (screen === 'history' || screen === 'dayClose') useViewStore.getState().show('keypad')
    if (get().purpose === 'dialog') answerDialogWaiter(false)
    const prompt = askNow || lockScope() === 'everything' ? { ...promptShown, purpose: 'counter' as const } : {}
    set({ ...prompt, askedAgain: false, counterLocked: true })
    useStaffStore.getState().choose(null)
    void useStaffStore.getState().load()
  },

  switchCashier: async () => {
    const result = await callCounter('signOut', {})
    if (result.ok && result.value.enabled) get().counterLockedByMain(true)
  },

  loadLockStatus: async () => {
    await useStaffStore.getState().load()
    const result = await callCounter('lockStatus', {})
    // Nobody signed in at a counter with cashiers: the lock screen asks who is there, whatever auto-lock locks.
    const staffEnabled = useStaffStore.getState().view?.enabled === true
    if (result.ok && result.value.counterLocked) get().counterLockedByMain(staffEnabled)
  },

  askDialogPin: () => {
    if (get().pinPromptOpen) return Promise.resolve(false)
    set({ ...promptShown, purpose: 'dialog', askedAgain: false })
    return new Promise<boolean>((resolve) => {
      dialogWaiter = resolve
    })
  }
}))
