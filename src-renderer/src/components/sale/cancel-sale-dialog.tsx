import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import { ConfirmDialog } from '../shared/confirm-dialog'

interface CancelSaleDialogProps {
  amountCents: number
  onConfirm: () => void
  onKeep: () => void
}

export function CancelSaleDialog({ amountCents, onConfirm, onKeep }: CancelSaleDialogProps) {
  const t = useTranslate()
  const language = useLanguage()
  return (
    <ConfirmDialog
      title={t('cancelConfirmTitle')}
      text={t('cancelConfirmText', { amount: formatCents(amountCents, language) })}
      confirmLabel={t('cancelSale')}
      keepLabel={t('cancelKeep')}
      onConfirm={onConfirm}
      onKeep={onKeep}
    />
  )
}
