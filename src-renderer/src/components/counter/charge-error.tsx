import { useTranslate } from '../../hooks/use-translate'
import { isOfflineError } from '../../lib/error-messages'
import { useConnectionStore } from '../../stores/connection-store'
import { useSaleStore } from '../../stores/sale-store'
import { ErrorText } from '../shared/error-text'

/**
 * Why the last charge made no link. An unreachable SecPaid is said in the app's words: a charge error without
 * `pendingSaleReference` means main knows no link was made, which the bare network message would not say.
 */
export function ChargeError() {
  const t = useTranslate()
  const chargeError = useSaleStore((state) => state.chargeError)
  const offline = useConnectionStore((state) => state.offline)
  const uncertain = useSaleStore((state) => state.uncertainSale !== null)
  if (chargeError === null) {
    // The uncertain sale's warning already says what the connection means for it.
    if (!offline || uncertain) return null
    return (
      <p className="charge-hint" role="status" data-testid="charge-offline-hint">
        {t('chargeOfflineHint')}
      </p>
    )
  }
  if (isOfflineError(chargeError)) {
    return (
      <p className="error-text" role="alert" data-testid="error-message">
        {t('chargeFailedOffline')}
      </p>
    )
  }
  return <ErrorText error={chargeError} testId="error-message" />
}
