import { create } from 'zustand'

import type { CustomerDisplayInfo, IpcError, IpcResult } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'

interface CustomerDisplayState {
  /** Null until main answered: the pairing code and where phones and tablets open the display. */
  info: CustomerDisplayInfo | null
  error: IpcError | null
  newCodeInFlight: boolean
  /** Counts main's `pairing_code_changed` events: an open Settings card asks again for the code and why. */
  pairingChanges: number
  load: () => Promise<void>
  pairingChanged: () => void
  /** Every paired display has to pair again with the new code. */
  newPairingCode: () => Promise<void>
  logoInFlight: boolean
  /** Why the chosen logo was not taken (or could not be removed); null after the next try. */
  logoError: IpcError | null
  /** The system's dialog for the idle screen's logo; main checks and keeps the file. */
  chooseLogo: () => Promise<void>
  removeLogo: () => Promise<void>
}

/** Only the newest answer is shown: one for settings saved earlier must not overwrite the current one. */
let latestRequest = 0

export const useCustomerDisplayStore = create<CustomerDisplayState>()((set, get) => {
  const apply = (requestNumber: number, result: IpcResult<CustomerDisplayInfo>) => {
    if (requestNumber !== latestRequest) return
    set(result.ok ? { info: result.value, error: null } : { error: result.error })
  }

  return {
    info: null,
    error: null,
    newCodeInFlight: false,
    pairingChanges: 0,
    pairingChanged: () => set((state) => ({ pairingChanges: state.pairingChanges + 1 })),
    load: async () => {
      const requestNumber = ++latestRequest
      apply(requestNumber, await callCounter('customerDisplayInfo', {}))
    },
    logoInFlight: false,
    logoError: null,
    chooseLogo: async () => {
      if (get().logoInFlight) return
      set({ logoInFlight: true, logoError: null })
      const result = await callCounter('chooseDisplayLogo', {})
      set({ logoInFlight: false, ...(result.ok ? { info: result.value } : { logoError: result.error }) })
    },
    removeLogo: async () => {
      if (get().logoInFlight) return
      set({ logoInFlight: true, logoError: null })
      const result = await callCounter('removeDisplayLogo', {})
      set({ logoInFlight: false, ...(result.ok ? { info: result.value } : { logoError: result.error }) })
    },
    newPairingCode: async () => {
      if (get().newCodeInFlight) return
      const requestNumber = ++latestRequest
      set({ newCodeInFlight: true })
      const result = await callCounter('newPairingCode', {})
      set({ newCodeInFlight: false })
      apply(requestNumber, result)
    }
  }
})
