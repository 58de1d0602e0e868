import { create } from 'zustand'

import type { IpcError, IpcResult, PublicSettings, ResponseOf, SettingsPatch } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'

interface SettingsState {
  /** Null until loaded. Holds no secret: the API key never leaves the main process. */
  settings: PublicSettings | null
  loadError: IpcError | null
  load: () => Promise<void>
  /** Settings main announced (its `settings_changed` event). */
  received: (settings: PublicSettings) => void
  update: (patch: SettingsPatch) => Promise<IpcResult<PublicSettings>>
  /** `storeUnencrypted`: the owner agreed to keep the key without the OS's encryption, where it has none to offer. */
  setApiKey: (apiKey: string, storeUnencrypted: boolean) => Promise<IpcResult<PublicSettings>>
  removeApiKey: () => Promise<IpcResult<PublicSettings>>
  testConnection: () => Promise<IpcResult<{ demo: boolean }>>
  /** Sets or removes (null) the settings PIN. */
  setPin: (pin: string | null) => Promise<IpcResult<PublicSettings>>
  quitApp: () => Promise<IpcResult<ResponseOf<'quitApp'>>>
  /** The cashier marks a product sold out for today, or available again (no PIN: it ends with the day). */
  setSoldOut: (productId: string, soldOut: boolean) => Promise<IpcResult<PublicSettings>>
}

export const useSettingsStore = create<SettingsState>()((set) => {
  const apply = (result: IpcResult<PublicSettings>): IpcResult<PublicSettings> => {
    if (result.ok) set({ settings: result.value, loadError: null })
    return result
  }

  return {
    settings: null,
    loadError: null,
    load: async () => {
      const result = await callCounter('getSettings', {})
      if (result.ok) apply(result)
      else set({ loadError: result.error })
    },
    received: (settings) => set({ settings, loadError: null }),
    update: async (patch) => apply(await callCounter('updateSettings', patch)),
    setApiKey: async (apiKey, storeUnencrypted) =>
      apply(await callCounter('setApiKey', storeUnencrypted ? { apiKey, storeUnencrypted } : { apiKey })),
    removeApiKey: async () => apply(await callCounter('removeApiKey', {})),
    testConnection: () => callCounter('testConnection', {}),
    setPin: async (pin) => {
      const result = apply(await callCounter('setSettingsPin', { pin }))
      // Main guards the settings from the moment a PIN exists; the owner who just chose it stays in.
      if (result.ok && pin !== null) await callCounter('unlockSettings', { pin })
      return result
    },
    quitApp: () => callCounter('quitApp', {}),
    setSoldOut: async (productId, soldOut) => apply(await callCounter('setProductSoldOut', { productId, soldOut }))
  }
})
