import { create } from 'zustand'

import type { IpcError, Product, SaleComposition, SaleLine, SaleQuote, TipChoice } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { selectAmountCents, useKeypadStore } from './keypad-store'

const NO_TIP: TipChoice = { kind: 'none' }

interface OrderState {
  /** The lines added so far ("+" and quick keys), in the order added. */
  lines: SaleLine[]
  tip: TipChoice
  /** The VAT rate the cashier picked for the amount on the keypad; null: the shop's default rate. */
  typedRate: number | null
  /** Main's figures for `effectiveComposition()`, and the composition they are for (as its JSON). */
  quote: SaleQuote | null
  quotedFor: string | null
  quoteError: IpcError | null
  /** The sale this one changes ("Change" on its QR screen): the next charge says so, and main records it. */
  replaces: string | null
  /** "+": the amount typed on the keypad becomes a line, and the keypad is ready for the next one. */
  addTypedAmount: () => void
  /** A quick key: one more of the product, as a line of its own unless it is already in the sale. */
  addProduct: (product: Product) => void
  setQuantity: (productId: string, quantity: number) => void
  removeLine: (index: number) => void
  setTip: (tip: TipChoice) => void
  /** The VAT rate of the amount on the keypad, for its line once "+" adds it or for Charge (null: the default). */
  setTypedRate: (rate: number | null) => void
  /**
   * A changed sale comes back as main journaled it: its lines and tip (or the rate of its one typed amount), and the
   * reference it replaces (null: a parked sale that replaces none).
   */
  restore: (lines: SaleLine[], tip: TipChoice, replaces: string | null, typedRate?: number | null) => void
  /** Empties the sale (after a charge, or the cashier's "Clear sale"). */
  clear: () => void
  /** Asks main again for the figures of what is on screen now. */
  requote: () => Promise<void>
  /**
   * The owner changed products, tips or the maximum: the quote on screen may hold an old price. It no longer counts
   * as current (Charge waits) until main has priced the sale again.
   */
  offerChanged: () => Promise<void>
}

/**
 * Whether the sale is more than one typed amount: then main composes it (lines, tip) and quotes it. A single typed
 * amount without a tip is charged as before.
 */
export const isComposed = (state: Pick<OrderState, 'lines' | 'tip'>): boolean =>
  state.lines.length > 0 || state.tip.kind !== 'none'

/** The lines, plus the amount still on the keypad as a last line: Charge charges what the cashier sees typed. */
export function effectiveComposition(state: Pick<OrderState, 'lines' | 'tip' | 'typedRate'>): SaleComposition {
  const typedCents = selectAmountCents(useKeypadStore.getState())
  const lines: SaleLine[] = typedCents > 0 ? [...state.lines, typedLine(typedCents, state.typedRate)] : state.lines
  return { lines, tip: state.tip }
}

/** A typed amount as a line: with the rate the cashier picked, or none for main to take the shop's default. */
const typedLine = (amountCents: number, rate: number | null): SaleLine =>
  rate === null ? { kind: 'amount', amountCents } : { kind: 'amount', amountCents, vatRate: rate }

/** Main's quote when it is for exactly what is on screen now; null while the answer for it is on its way. */
export function currentQuote(state: OrderState): SaleQuote | null {
  return state.quotedFor === JSON.stringify(effectiveComposition(state)) ? state.quote : null
}

export const useOrderStore = create<OrderState>()((set, get) => {
  let latestRequest = 0
  const changeLines = (lines: SaleLine[]) => {
    set({ lines })
    void get().requote()
  }

  return {
    lines: [],
    tip: NO_TIP,
    typedRate: null,
    quote: null,
    quotedFor: null,
    quoteError: null,
    replaces: null,
    addTypedAmount: () => {
      const keypad = useKeypadStore.getState()
      // While a charge is on its way the typed amount is what is being charged: refused like any other key.
      if (keypad.held) {
        keypad.refuseKey()
        return
      }
      const amountCents = selectAmountCents(keypad)
      if (amountCents <= 0) return
      // The keypad is emptied first: the requote then sees the amount once, as a line, not also as typed.
      keypad.clearAmount()
      const line = typedLine(amountCents, get().typedRate)
      set({ typedRate: null })
      changeLines([...get().lines, line])
    },
    addProduct: (product) => {
      const lines = get().lines
      const index = lines.findIndex((line) => line.kind === 'product' && line.productId === product.id)
      const existing = lines[index]
      if (existing?.kind === 'product') {
        changeLines(lines.map((line, at) => (at === index ? { ...existing, quantity: existing.quantity + 1 } : line)))
        return
      }
      // Only the product's id: main names and prices the line from its settings at every quote and at Charge.
      changeLines([...lines, { kind: 'product', productId: product.id, quantity: 1 }])
    },
    setQuantity: (productId, quantity) =>
      changeLines(
        get().lines.map((line) =>
          line.kind === 'product' && line.productId === productId ? { ...line, quantity } : line
        )
      ),
    removeLine: (index) => changeLines(get().lines.filter((_, at) => at !== index)),
    setTip: (tip) => {
      set({ tip })
      void get().requote()
    },
    setTypedRate: (typedRate) => {
      set({ typedRate })
      void get().requote()
    },
    restore: (lines, tip, replaces, typedRate = null) => {
      set({ lines, tip, replaces, typedRate, quote: null, quotedFor: null, quoteError: null })
      void get().requote()
    },
    clear: () => {
      latestRequest += 1
      set({ lines: [], tip: NO_TIP, typedRate: null, quote: null, quotedFor: null, quoteError: null, replaces: null })
    },
    offerChanged: async () => {
      if (!isComposed(get())) return
      set({ quotedFor: null })
      await get().requote()
    },
    requote: async () => {
      const state = get()
      const request = (latestRequest += 1)
      if (!isComposed(state)) {
        set({ quote: null, quotedFor: null, quoteError: null })
        return
      }
      const composition = effectiveComposition(state)
      // A tip chosen before anything was added: nothing to quote yet, and nothing wrong either.
      if (composition.lines.length === 0) {
        set({ quote: null, quotedFor: null, quoteError: null })
        return
      }
      const result = await callCounter('quoteSale', composition)
      // Only the answer to the newest question counts: an older one is for a sale no longer on screen.
      if (request !== latestRequest) return
      if (result.ok) set({ quote: result.value, quotedFor: JSON.stringify(composition), quoteError: null })
      else set({ quote: null, quotedFor: null, quoteError: result.error })
    }
  }
})
