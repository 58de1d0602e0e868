import { KeypadPanel } from './keypad-panel'
import { KeypadSide } from './keypad-side'
import { KeypadTopBar } from './keypad-top-bar'

/**
 * The cashier's home: keypad and Charge, and beside them (below on narrow screens) the sale's extras and the links
 * still waiting. `hidden` while the QR or Paid screen is over it: not shown, not focusable, not read, keys do nothing.
 */
export function KeypadScreen({ hidden = false }: { hidden?: boolean }) {
  return (
    <div className="keypad-screen" hidden={hidden} inert={hidden}>
      <KeypadTopBar />
      <div className="keypad-layout">
        <KeypadPanel hidden={hidden} />
        <KeypadSide />
      </div>
    </div>
  )
}
