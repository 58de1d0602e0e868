import { memo } from 'react'

import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { entryDisplay } from '../../lib/model/amount-entry'
import { useKeypadStore } from '../../stores/keypad-store'

/**
 * The only part of the keypad screen that re-renders on every key press. While a charge is on its way the amount
 * is held: a label says so, and each refused key shakes it once (its key changes, so the animation starts again).
 */
// Memoized: its parent re-renders when the keypad screen is hidden or shown, which changes nothing here.
export const AmountDisplay = memo(function AmountDisplay() {
  const t = useTranslate()
  const language = useLanguage()
  const entry = useKeypadStore((state) => state.entry)
  const held = useKeypadStore((state) => state.held)
  const refusedPresses = useKeypadStore((state) => state.refusedPresses)
  return (
    <div className={`amount-box${held ? ' is-held' : ''}`}>
      <output className="amount-display" aria-label={t('amountLabel')} aria-live="polite" data-testid="amount-display">
        {entryDisplay(entry, language)}
      </output>
      {held && (
        <span className="amount-held" key={refusedPresses} role="status" data-testid="amount-held">
          {t('amountHeld')}
        </span>
      )}
    </div>
  )
})
