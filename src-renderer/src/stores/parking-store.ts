import { create } from 'zustand'

import type { ChargeRequest, IpcError, ParkedSaleView, ResumedSale } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { selectAmountCents, useKeypadStore } from './keypad-store'
import { effectiveComposition, isComposed, useOrderStore } from './order-store'

/** What the last park or resume came to, for the cashier: the parked sale's label, and what a resume left out. */
export type ParkingNotice =
  | { kind: 'parked'; sale: ParkedSaleView }
  | { kind: 'resumed'; sale: ParkedSaleView; missing: ResumedSale['missing']; tipDropped: boolean }

interface ParkingState {
  sales: ParkedSaleView[]
  /** The park dialog is open (from the keypad, or after Change on a QR screen). */
  dialogOpen: boolean
  listOpen: boolean
  inFlight: boolean
  error: IpcError | null
  notice: ParkingNotice | null
  refresh: () => Promise<void>
  openDialog: () => void
  closeDialog: () => void
  openList: () => void
  closeList: () => void
  /** Parks what is on the keypad (lines, tip, note, or a typed amount) under `name` ('' for the next number). */
  park: (name: string) => Promise<boolean>
  /** Brings a parked sale back onto the keypad; a basket already there is parked first, numbered. */
  resume: (id: string) => Promise<void>
  discard: (id: string) => Promise<void>
  dismissNotice: () => void
}

/** Whether the keypad holds a sale to park: lines, a tip, a typed amount or a note. */
export function basketBusy(): boolean {
  const keypad = useKeypadStore.getState()
  return selectAmountCents(keypad) > 0 || isComposed(useOrderStore.getState())
}

/** The keypad's sale as a charge would send it, or null when there is nothing to park. */
function basketCharge(): ChargeRequest | null {
  const keypad = useKeypadStore.getState()
  const order = useOrderStore.getState()
  const note = keypad.note.trim()
  const withNote = note === '' ? {} : { note }
  if (isComposed(order)) {
    const sale = effectiveComposition(order)
    return sale.lines.length === 0 ? null : { sale, ...withNote }
  }
  const amountCents = selectAmountCents(keypad)
  return amountCents > 0 ? { amountCents, ...withNote } : null
}

function emptyBasket(): void {
  useKeypadStore.getState().reset()
  useOrderStore.getState().clear()
}

export const useParkingStore = create<ParkingState>()((set, get) => {
  const parkBasket = async (name: string): Promise<ParkedSaleView | null> => {
    const charge = basketCharge()
    if (charge === null) return null
    const replaces = useOrderStore.getState().replaces
    const result = await callCounter('parkSale', {
      ...(name.trim() === '' ? {} : { name }),
      charge,
      ...(replaces === null ? {} : { replaces })
    })
    if (!result.ok) {
      set({ error: result.error })
      return null
    }
    emptyBasket()
    return result.value
  }

  return {
    sales: [],
    dialogOpen: false,
    listOpen: false,
    inFlight: false,
    error: null,
    notice: null,
    refresh: async () => {
      const result = await callCounter('parkedSales', {})
      if (result.ok) set({ sales: result.value.sales })
    },
    openDialog: () => set({ dialogOpen: true, error: null }),
    closeDialog: () => set({ dialogOpen: false, error: null }),
    openList: () => {
      set({ listOpen: true, error: null })
      void get().refresh()
    },
    closeList: () => set({ listOpen: false, error: null }),
    park: async (name) => {
      if (get().inFlight) return false
      set({ inFlight: true, error: null })
      const parked = await parkBasket(name)
      set({ inFlight: false })
      if (parked === null) return false
      set({ dialogOpen: false, notice: { kind: 'parked', sale: parked } })
      await get().refresh()
      return true
    },
    resume: async (id) => {
      if (get().inFlight) return
      const sale = get().sales.find((candidate) => candidate.id === id)
      if (sale === undefined) return
      set({ inFlight: true, error: null })
      if (basketBusy() && (await parkBasket('')) === null) {
        set({ inFlight: false })
        return
      }
      const result = await callCounter('resumeParkedSale', { id })
      set({ inFlight: false })
      if (!result.ok) {
        set({ error: result.error })
        await get().refresh()
        return
      }
      const { charge, replaces, missing, tipDropped } = result.value
      if ('sale' in charge) {
        useKeypadStore.getState().restore(0, charge.note)
        useOrderStore.getState().restore(charge.sale.lines, charge.sale.tip, replaces)
      } else {
        useOrderStore.getState().restore([], { kind: 'none' }, replaces)
        useKeypadStore.getState().restore(charge.amountCents, charge.note)
      }
      set({ listOpen: false, notice: { kind: 'resumed', sale, missing, tipDropped } })
      await get().refresh()
    },
    discard: async (id) => {
      if (get().inFlight) return
      set({ inFlight: true, error: null })
      const result = await callCounter('discardParkedSale', { id })
      set({ inFlight: false, error: result.ok ? null : result.error })
      await get().refresh()
    },
    dismissNotice: () => set({ notice: null })
  }
})
