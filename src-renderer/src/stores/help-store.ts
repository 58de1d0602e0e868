import { create } from 'zustand'

interface HelpState {
  /** The help for when the network goes away is open over whatever screen is showing. */
  open: boolean
  show: () => void
  close: () => void
}

export const useHelpStore = create<HelpState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  close: () => set({ open: false })
}))
