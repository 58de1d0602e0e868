import { useEffect } from 'react'
import { useLanguage, useTranslate } from '../hooks/use-translate'
import { formatCents } from '../lib/format-money'

export const PAID_SCREEN_MS = 2500

interface PaidScreenProps {
  amountCents: number
  /** Called once the customer has had time to see it, or when the cashier moves on. */
  onDone: () => void
}

export function PaidScreen({ amountCents, onDone }: PaidScreenProps) {
  const t = useTranslate()
  const language = useLanguage()

  useEffect(() => {
    const timer = setTimeout(onDone, PAID_SCREEN_MS)
    return () => clearTimeout(timer)
  }, [onDone])

  return (
    <main className="paid-screen" role="status" data-testid="paid-screen">
      <span className="paid-check" aria-hidden="true">
        ✓
      </span>
      <p className="paid-title">{t('paid')}</p>
      <p className="paid-amount">{formatCents(amountCents, language)}</p>
      <p className="paid-thanks">{t('paidThanks')}</p>
      <button type="button" className="quiet-button paid-done" onClick={onDone} data-testid="paid-done">
        {t('backToKeypad')}
      </button>
    </main>
  )
}
