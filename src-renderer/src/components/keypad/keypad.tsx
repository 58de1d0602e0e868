import { useRef } from 'react'

import { decimalSeparator } from '../../../../src-preload/contract/locale'
import { useFocusOnMount } from '../../hooks/use-focus-on-mount'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import type { DigitKey } from '../../lib/model/amount-entry'
import { useKeypadStore } from '../../stores/keypad-store'
import { AddLineKey } from '../selling/add-line-key'
import { KeypadKey } from './keypad-key'

const DIGITS: readonly DigitKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']

export function Keypad({ hidden }: { hidden: boolean }) {
  const t = useTranslate()
  const language = useLanguage()
  const mode = useKeypadStore((state) => state.entry.mode)
  const held = useKeypadStore((state) => state.held)
  const keypadRef = useRef<HTMLDivElement>(null)
  useFocusOnMount(keypadRef, !hidden)
  // Focusable as a whole, so focus can come back here after every screen change without pressing a key.
  return (
    <div
      ref={keypadRef}
      className={`keypad keypad-${mode}${held ? ' is-held' : ''}`}
      role="group"
      aria-label={t('keypadLabel')}
      aria-disabled={held}
      tabIndex={-1}
      data-testid="keypad"
    >
      {DIGITS.map((digit) => (
        <KeypadKey key={digit} name={digit} label={digit} />
      ))}
      <KeypadKey name="00" label="00" />
      {mode === 'decimal' && (
        <KeypadKey name="decimal" label={decimalSeparator(language)} ariaLabel={t('keyDecimal')} />
      )}
      <KeypadKey name="backspace" label="⌫" ariaLabel={t('keyBackspace')} variant="action" />
      <KeypadKey name="clear" label="C" ariaLabel={t('keyClear')} variant="action" />
      <AddLineKey />
    </div>
  )
}
