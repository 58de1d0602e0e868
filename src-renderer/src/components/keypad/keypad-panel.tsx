import { usePhysicalKeyboard } from '../../hooks/use-physical-keyboard'
import { AmountDisplay } from './amount-display'
import { ChargeButton } from './charge-button'
import { Keypad } from './keypad'

/** Amount, keys and Charge only: nothing else shares this column, so they always fit the window whole. */
export function KeypadPanel({ hidden }: { hidden: boolean }) {
  usePhysicalKeyboard(!hidden)
  return (
    <section className="keypad-panel" data-testid="keypad-panel">
      <AmountDisplay />
      <Keypad hidden={hidden} />
      <ChargeButton />
    </section>
  )
}
