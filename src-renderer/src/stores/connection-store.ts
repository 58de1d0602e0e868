import { create } from 'zustand'
import type { IpcErrorCode, IpcResult } from '../../../src-preload/contract'
import { isOfflineError } from '../lib/error-messages'

/** Answers that prove SecPaid was reached, even though the request itself failed. */
const REACHED_SECPAID = new Set<IpcErrorCode>(['api', 'auth', 'rate_limited', 'server', 'bad_response'])

interface ConnectionState {
  /** The last call that went to SecPaid could not reach it. */
  offline: boolean
  recordResult: (result: IpcResult<unknown>) => void
  /** What paid detection last learned, answered from the main process's memory rather than by a call here. */
  recordReachability: (online: boolean) => void
}

export const useConnectionStore = create<ConnectionState>()((set) => ({
  offline: false,
  recordResult: (result) => {
    if (result.ok || REACHED_SECPAID.has(result.error.code)) set({ offline: false })
    else if (isOfflineError(result.error)) set({ offline: true })
  },
  recordReachability: (online) => set({ offline: !online })
}))
