import { useEffect, useRef } from 'react'

import { useEscapeKey } from '../../hooks/use-escape-key'
import { useFocusOnMount } from '../../hooks/use-focus-on-mount'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'

interface PaidScreenProps {
  amountCents: number
  /** How long the screen stays before `onDone` (settings.paidScreenSeconds). */
  seconds: number
  /** Called once the customer has had time to see it, or when the cashier taps. */
  onDone: () => void
}

export function PaidScreen({ amountCents, seconds, onDone }: PaidScreenProps) {
  const t = useTranslate()
  const language = useLanguage()
  const doneButton = useRef<HTMLButtonElement>(null)
  useFocusOnMount(doneButton)
  useEscapeKey(onDone)

  useEffect(() => {
    const timer = setTimeout(onDone, seconds * 1000)
    return () => clearTimeout(timer)
  }, [onDone, seconds])

  // A tap anywhere moves on; the button is there for the keyboard and to say so.
  return (
    <main className="paid-screen" role="status" onClick={onDone} data-testid="paid-screen">
      <span className="paid-check" aria-hidden="true">
        ✓
      </span>
      <p className="paid-title" data-testid="paid-thanks">
        {t('paidThanks')}
      </p>
      <p className="paid-amount">{formatCents(amountCents, language)}</p>
      <button type="button" ref={doneButton} className="quiet-button paid-done" data-testid="paid-done">
        {t('backToKeypad')}
      </button>
    </main>
  )
}
