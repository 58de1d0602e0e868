import { memo } from 'react'

import type { KeypadKey as KeypadKeyName } from '../../lib/model/amount-entry'
import { useKeypadStore } from '../../stores/keypad-store'

interface KeypadKeyProps {
  name: KeypadKeyName
  label: string
  /** For keys whose label is a symbol (⌫, C). */
  ariaLabel?: string
  variant?: 'digit' | 'action'
}

/** Subscribes to nothing but the stable `press` action: typing never re-renders a key. */
export const KeypadKey = memo(function KeypadKey({ name, label, ariaLabel, variant = 'digit' }: KeypadKeyProps) {
  const press = useKeypadStore((state) => state.press)
  return (
    <button
      type="button"
      className={`keypad-key keypad-key-${variant} area-${name}`}
      aria-label={ariaLabel}
      onClick={() => press(name)}
      data-testid={`key-${name}`}
    >
      {label}
    </button>
  )
})
