import { useTranslate } from '../../hooks/use-translate'
import { selectAmountCents, useKeypadStore } from '../../stores/keypad-store'
import { useOrderStore } from '../../stores/order-store'

/** "+" on the keypad: the typed amount becomes a line of the sale. */
export function AddLineKey() {
  const t = useTranslate()
  const hasAmount = useKeypadStore((state) => selectAmountCents(state) > 0)
  const addTypedAmount = useOrderStore((state) => state.addTypedAmount)
  return (
    <button
      type="button"
      className="keypad-key keypad-key-action area-add"
      aria-label={t('addLineLabel')}
      disabled={!hasAmount}
      onClick={addTypedAmount}
      data-testid="key-add"
    >
      +
    </button>
  )
}
