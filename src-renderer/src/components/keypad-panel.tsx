import { usePhysicalKeyboard } from '../hooks/use-physical-keyboard'
import { AmountDisplay } from './amount-display'
import { ChargeButton } from './charge-button'
import { ChargeError } from './charge-error'
import { Keypad } from './keypad'
import { NoteInput } from './note-input'

export function KeypadPanel() {
  usePhysicalKeyboard()
  return (
    <section className="keypad-panel">
      <AmountDisplay />
      <NoteInput />
      <ChargeError />
      <Keypad />
      <ChargeButton />
    </section>
  )
}
