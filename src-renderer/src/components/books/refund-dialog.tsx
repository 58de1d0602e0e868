import { useEffect, useRef, useState } from 'react'

import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { centsToEuroInput, parseEuroInput } from '../../lib/format/euro-input'
import { formatCents } from '../../lib/format/format-money'
import { useSettingsStore } from '../../stores/settings-store'
import { ModalDialog } from '../shared/modal-dialog'

interface RefundDialogProps {
  paidCents: number
  onConfirm: (amountCents: number, pin: string | undefined) => void
  onKeep: () => void
}

/** The cashier confirms the refund with its amount shown; with a PIN set, the owner's PIN goes with it to main. */
export function RefundDialog({ paidCents, onConfirm, onKeep }: RefundDialogProps) {
  const t = useTranslate()
  const language = useLanguage()
  const pinSet = useSettingsStore((state) => state.settings?.pinSet ?? false)
  const [amountText, setAmountText] = useState(() => centsToEuroInput(paidCents, language))
  const [pin, setPin] = useState('')
  const keepButton = useRef<HTMLButtonElement>(null)
  useEffect(() => keepButton.current?.focus(), [])

  const amountCents = parseEuroInput(amountText)
  const valid = amountCents !== null && amountCents > 0 && amountCents <= paidCents
  const paid = formatCents(paidCents, language)

  return (
    <ModalDialog title={t('refundTitle')} onDismiss={onKeep} testId="refund-dialog">
      <label>
        {t('refundAmount')}
        <input
          inputMode="decimal"
          value={amountText}
          onChange={(event) => setAmountText(event.target.value)}
          aria-invalid={!valid}
          data-testid="refund-amount"
        />
      </label>
      {pinSet && (
        <label>
          {t('refundPin')}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(event) => setPin(event.target.value)}
            data-testid="refund-pin"
          />
        </label>
      )}
      <p data-testid="refund-confirm-text">
        {valid
          ? t('refundConfirmText', { amount: formatCents(amountCents, language), paid })
          : t('refundAmountInvalid', { paid })}
      </p>
      <div className="dialog-buttons">
        <button ref={keepButton} type="button" className="secondary-button" onClick={onKeep} data-testid="refund-keep">
          {t('refundKeep')}
        </button>
        <button
          type="button"
          className="danger-button"
          disabled={!valid || (pinSet && pin === '')}
          onClick={() => valid && onConfirm(amountCents, pinSet ? pin : undefined)}
          data-testid="refund-confirm"
        >
          {valid ? t('refundConfirm', { amount: formatCents(amountCents, language) }) : t('saleRefund')}
        </button>
      </div>
    </ModalDialog>
  )
}
