import { useEffect } from 'react'

import { keyboardAction } from '../lib/browser/keyboard-keys'
import { useChargeStore } from '../stores/charge-store'
import { useKeypadStore } from '../stores/keypad-store'
import { useOrderStore } from '../stores/order-store'

/** Keys typed into a text field belong to that field, never to the keypad. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.closest('input, textarea, select') !== null
}

/**
 * Digits, Backspace, Escape (clear), Enter (charge), `+` (the typed amount becomes a line) and, in decimal mode,
 * `,`/`.` from the keyboard or numpad; nothing while not `active` (the keypad hidden under the QR or Paid screen).
 */
export function usePhysicalKeyboard(active: boolean): void {
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return
      // An open dialog owns the keyboard: Enter there must never charge, Escape never clear the amount.
      if (document.querySelector('[role="dialog"][aria-modal="true"]') !== null) return
      const keypad = useKeypadStore.getState()
      const action = keyboardAction(event.key, keypad.entry.mode, event.code)
      if (action === null) return
      // Also stops Enter from clicking whichever keypad button still has the focus.
      event.preventDefault()
      if (action.type === 'press') keypad.press(action.key)
      else if (action.type === 'addLine') useOrderStore.getState().addTypedAmount()
      else if (!event.repeat) void useChargeStore.getState().charge()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [active])
}
