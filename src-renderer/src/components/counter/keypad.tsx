import type { DigitKey } from '../../lib/amount-entry'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { useKeypadStore } from '../../stores/keypad-store'
import { AddLineKey } from '../selling/add-line-key'
import { KeypadKey } from './keypad-key'

const DIGITS: readonly DigitKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']

export function Keypad() {
  const t = useTranslate()
  const language = useLanguage()
  const mode = useKeypadStore((state) => state.entry.mode)
  return (
    <div className={`keypad keypad-${mode}`} role="group" aria-label={t('keypadLabel')}>
      {DIGITS.map((digit) => (
        <KeypadKey key={digit} name={digit} label={digit} />
      ))}
      <KeypadKey name="00" label="00" />
      {mode === 'decimal' && (
        <KeypadKey name="decimal" label={language === 'de' ? ',' : '.'} ariaLabel={t('keyDecimal')} />
      )}
      <KeypadKey name="backspace" label="⌫" ariaLabel={t('keyBackspace')} variant="action" />
      <KeypadKey name="clear" label="C" ariaLabel={t('keyClear')} variant="action" />
      <AddLineKey />
    </div>
  )
}
