import { create } from 'zustand'
import type { IpcError, IpcResult, PublicSettings, SettingsPatch } from '../../../src-preload/contract'
import { callCounter } from './counter-call'
import { useKeypadStore } from './keypad-store'
import { usePendingStore } from './pending-store'

interface SettingsState {
  /** Null until loaded. Holds no secret: the API key never leaves the main process. */
  settings: PublicSettings | null
  loadError: IpcError | null
  load: () => Promise<void>
  update: (patch: SettingsPatch) => Promise<IpcResult<PublicSettings>>
  setApiKey: (apiKey: string) => Promise<IpcResult<PublicSettings>>
  removeApiKey: () => Promise<IpcResult<PublicSettings>>
  testConnection: () => Promise<IpcResult<{ demo: boolean }>>
}

export const useSettingsStore = create<SettingsState>()((set, get) => {
  const apply = (result: IpcResult<PublicSettings>): IpcResult<PublicSettings> => {
    if (!result.ok) return result
    const previous = get().settings
    const next = result.value
    set({ settings: next, loadError: null })
    useKeypadStore.getState().setMode(next.entryMode)
    // Another environment or key is another account: its waiting links are other links.
    const accountChanged =
      previous !== null &&
      (previous.environment !== next.environment || previous.hasKey !== next.hasKey || previous.demo !== next.demo)
    if (accountChanged) void usePendingStore.getState().refresh()
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
    update: async (patch) => apply(await callCounter('updateSettings', patch)),
    setApiKey: async (apiKey) => apply(await callCounter('setApiKey', { apiKey })),
    removeApiKey: async () => apply(await callCounter('removeApiKey', {})),
    testConnection: () => callCounter('testConnection', {})
  }
})
