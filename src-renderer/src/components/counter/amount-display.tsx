import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { entryDisplay } from '../../lib/amount-entry'
import { useKeypadStore } from '../../stores/keypad-store'

/** The only part of the keypad screen that re-renders on every key press. */
export function AmountDisplay() {
  const t = useTranslate()
  const language = useLanguage()
  const entry = useKeypadStore((state) => state.entry)
  return (
    <output className="amount-display" aria-label={t('amountLabel')} aria-live="polite" data-testid="amount-display">
      {entryDisplay(entry, language)}
    </output>
  )
}
