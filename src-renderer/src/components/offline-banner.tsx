import { useTranslate } from '../hooks/use-translate'
import { useConnectionStore } from '../stores/connection-store'

export function OfflineBanner() {
  const t = useTranslate()
  const offline = useConnectionStore((state) => state.offline)
  if (!offline) return null
  return (
    <div className="banner banner-offline" role="alert" data-testid="offline-banner">
      {t('offlineBanner')}
    </div>
  )
}
