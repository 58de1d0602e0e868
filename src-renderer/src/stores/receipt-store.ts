import { create } from 'zustand'

import type { IpcError, ReceiptData } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { callWithDialogPin } from './dialog-pin-call'

interface ReceiptState {
  receipt: ReceiptData | null
  error: IpcError | null
  load: (reference: string) => Promise<void>
  print: (reference: string) => Promise<IpcError | null>
}

/** A paid sale's receipt as main answers it, for the receipt page (and history's reprint through `print`). */
export const useReceiptStore = create<ReceiptState>()((set) => ({
  receipt: null,
  error: null,
  load: async (reference) => {
    const result = await callCounter('receiptFor', { reference })
    if (result.ok) set({ receipt: result.value, error: null })
    else set({ receipt: null, error: result.error })
  },
  print: async (reference) => {
    const result = await callWithDialogPin('printReceipt', { reference })
    return result.ok ? null : result.error
  }
}))
