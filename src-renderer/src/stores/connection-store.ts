import { create } from 'zustand'

interface ConnectionState {
  /** Main could not reach SecPaid at its last attempt (main tells, through its `connection` event). */
  offline: boolean
  setOnline: (online: boolean) => void
}

export const useConnectionStore = create<ConnectionState>()((set) => ({
  offline: false,
  setOnline: (online) => set({ offline: !online })
}))
