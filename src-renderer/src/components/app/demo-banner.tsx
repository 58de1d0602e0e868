import { useTranslate } from '../../hooks/use-translate'
import { useSettingsStore } from '../../stores/settings-store'

export function DemoBanner() {
  const t = useTranslate()
  const demo = useSettingsStore((state) => state.settings?.demo ?? false)
  if (!demo) return null
  return (
    <div className="banner banner-demo" role="status" data-testid="demo-banner">
      {t('demoBanner')}
    </div>
  )
}
