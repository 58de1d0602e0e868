import { CounterSide } from './keypad-side'
import { CounterTopBar } from './keypad-top-bar'
import { KeypadPanel } from './keypad-panel'

/**
 * The cashier's home: keypad and Charge, and beside them (below on narrow screens) the sale's extras and the links
 * still waiting. `hidden` while the QR or Paid screen is over it: not shown, not focusable, not read, keys do nothing.
 */
export function CounterScreen({ hidden = false }: { hidden?: boolean }) {
  return (
    <div className="counter-screen" hidden={hidden} inert={hidden}>
      <CounterTopBar />
      <div className="counter-layout">
        <KeypadPanel hidden={hidden} />
        <CounterSide />
      </div>
    </div>
  )
}
