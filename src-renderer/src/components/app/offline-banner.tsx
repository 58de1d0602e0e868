import { useTranslate } from '../../hooks/use-translate'
import { isOfflineError } from '../../lib/words/error-messages'
import { useConnectionStore } from '../../stores/connection-store'
import { useChargeStore } from '../../stores/charge-store'
import { useViewStore } from '../../stores/view-store'

/**
 * The one message about an outage: the charge error and the pending list say nothing of their own about it, so one
 * outage never shows up three times. It says what the outage means where the cashier is: on the QR screen that paid
 * detection goes on, after a failed charge that no link was made.
 */
export function OfflineBanner() {
  const t = useTranslate()
  const offline = useConnectionStore((state) => state.offline)
  const watching = useViewStore((state) => state.screen === 'qr')
  const chargeFailedOffline = useChargeStore((state) => state.chargeError !== null && isOfflineError(state.chargeError))
  if (!offline) return null
  const message = watching ? 'offlineWatching' : chargeFailedOffline ? 'chargeFailedOffline' : 'offlineBanner'
  return (
    <div className="banner banner-offline" role="alert" data-testid="offline-banner">
      {t(message)}
    </div>
  )
}
