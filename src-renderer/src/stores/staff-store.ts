import { create } from 'zustand'

import type { IpcError, SaveCashierRequest, StaffView } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'

interface StaffState {
  /** Main's answer: who may sign in and who is signed in; null until the first answer. */
  view: StaffView | null
  /** The cashier chosen on the lock screen, whose PIN the pad takes. */
  chosen: string | null
  saveError: IpcError | null
  load: () => Promise<void>
  choose: (cashierId: string | null) => void
  /** Creates (no `id`) or changes a cashier; true once main saved it. */
  save: (request: SaveCashierRequest) => Promise<boolean>
  remove: (cashierId: string) => Promise<void>
}

export const useStaffStore = create<StaffState>()((set) => ({
  view: null,
  chosen: null,
  saveError: null,
  load: async () => {
    const result = await callCounter('staffStatus', {})
    if (result.ok) set({ view: result.value })
  },
  choose: (cashierId) => set({ chosen: cashierId }),
  save: async (request) => {
    const result = await callCounter('saveCashier', request)
    set(result.ok ? { view: result.value, saveError: null } : { saveError: result.error })
    return result.ok
  },
  remove: async (cashierId) => {
    const result = await callCounter('removeCashier', { id: cashierId })
    set(result.ok ? { view: result.value, saveError: null } : { saveError: result.error })
  }
}))
