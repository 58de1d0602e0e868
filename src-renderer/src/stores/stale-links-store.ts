import { create } from 'zustand'

import type { IpcError, StaleCancelResult, StaleLink } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { refreshLists } from './sale-lists'

interface StaleLinksState {
  links: StaleLink[]
  busy: boolean
  error: IpcError | null
  result: StaleCancelResult | null
  load: () => Promise<void>
  /** One action for all of them, by the safe cancel; `pin` when the owner set one. */
  cancelAll: (pin: string | undefined) => Promise<boolean>
}

/** The day close's links still waiting more than a day after they were made. */
export const useStaleLinksStore = create<StaleLinksState>()((set, get) => ({
  links: [],
  busy: false,
  error: null,
  result: null,
  load: async () => {
    const answer = await callCounter('staleLinks', {})
    if (answer.ok) set({ links: answer.value.links })
  },
  cancelAll: async (pin) => {
    if (get().busy) return false
    set({ busy: true, error: null, result: null })
    const answer = await callCounter('cancelStaleLinks', pin === undefined ? {} : { pin })
    set({ busy: false, ...(answer.ok ? { result: answer.value } : { error: answer.error }) })
    if (answer.ok) {
      refreshLists()
      await get().load()
    }
    return answer.ok
  }
}))
