import { afterNextFrame } from '../lib/browser/after-next-frame'
import { useKeypadStore } from './keypad-store'
import { useOrderStore } from './order-store'
import { refreshLists } from './sale-lists'

/** Clears the keypad of a sale just charged, if that is still to be done. */
let flush = () => {}
/** Counts charges shown, so a clearing step left from an earlier charge never touches a later one. */
let chargesShown = 0

/**
 * The keypad is hidden under a charged sale's QR from here on: clearing it and refreshing the lists wait for the QR's
 * first frame, so that frame has nothing else to draw. Going back before then clears it first. `stillShown` says
 * whether the charged link is still the one on screen.
 */
export function clearAfterFirstFrame(stillShown: () => boolean): void {
  const thisCharge = ++chargesShown
  flush = afterNextFrame(() => {
    if (thisCharge !== chargesShown || !stillShown()) return
    useKeypadStore.getState().reset()
    useOrderStore.getState().clear()
    refreshLists()
  })
}

/**
 * Does at once what still waits for a charged QR's first frame (the QR screen calls it as it leaves): no frame or
 * timer of a screen outlives it, and the keypad the cashier returns to is already clear.
 */
export const flushClearedSale = (): void => flush()
