import { useTranslate } from '../../hooks/use-translate'
import { useConnectionStore } from '../../stores/connection-store'
import { useViewStore } from '../../stores/view-store'

export function OfflineBanner() {
  const t = useTranslate()
  const offline = useConnectionStore((state) => state.offline)
  // On the QR screen paid detection goes on by itself: the customer and cashier only need to know it is slow.
  const watching = useViewStore((state) => state.screen === 'qr')
  if (!offline) return null
  return (
    <div className="banner banner-offline" role="alert" data-testid="offline-banner">
      {t(watching ? 'offlineWatching' : 'offlineBanner')}
    </div>
  )
}
