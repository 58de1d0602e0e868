import { usePhysicalKeyboard } from '../../hooks/use-physical-keyboard'
import { AmountDisplay } from './amount-display'
import { ChargeButton } from './charge-button'
import { ChargeError } from './charge-error'
import { Keypad } from './keypad'
import { NoteInput } from './note-input'
import { QuickKeys } from '../selling/quick-keys'
import { SaleLines } from '../selling/sale-lines'
import { TipChoice } from '../selling/tip-choice'
import { UncertainSale } from './uncertain-sale'

export function KeypadPanel() {
  usePhysicalKeyboard()
  return (
    <section className="keypad-panel">
      <AmountDisplay />
      <NoteInput />
      <UncertainSale />
      <ChargeError />
      <QuickKeys />
      <SaleLines />
      <TipChoice />
      <Keypad />
      <ChargeButton />
    </section>
  )
}
