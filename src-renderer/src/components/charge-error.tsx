import { useTranslate } from '../hooks/use-translate'
import { useSaleStore } from '../stores/sale-store'
import { ErrorText } from './error-text'

export function ChargeError() {
  const t = useTranslate()
  const chargeError = useSaleStore((state) => state.chargeError)
  if (chargeError === null) return null
  return (
    <div className="charge-error">
      <ErrorText error={chargeError} testId="error-message" />
      {chargeError.pendingSaleReference !== undefined && <p className="error-hint">{t('uncertainSale')}</p>}
    </div>
  )
}
