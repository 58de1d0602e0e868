import { create } from 'zustand'

import type { ConnectionProblem, ConnectionStatus } from '../../../src-preload/contract'

interface ConnectionState {
  /** Main could not reach SecPaid at its last attempt (main tells, through its `connection` event). */
  offline: boolean
  /** What failed at main's last attempt, by kind; null when SecPaid's last answer was good. */
  problem: ConnectionProblem | null
  /** When SecPaid last answered well (ISO), as main knows it. */
  lastAnswerAt: string | null
  received: (status: ConnectionStatus) => void
}

export const useConnectionStore = create<ConnectionState>()((set) => ({
  offline: false,
  problem: null,
  lastAnswerAt: null,
  received: ({ online, problem, lastAnswerAt }) => set({ offline: !online, problem, lastAnswerAt })
}))
