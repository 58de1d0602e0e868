import { useTranslate } from '../../hooks/use-translate'
import type { MessageKey } from '../../lib/i18n'
import { useSettingsStore } from '../../stores/settings-store'

type MoneyDestination = 'live' | 'sandbox' | 'demo'

const LABELS: Record<MoneyDestination, { label: MessageKey; hint: MessageKey }> = {
  live: { label: 'badgeLive', hint: 'badgeLiveHint' },
  sandbox: { label: 'badgeSandbox', hint: 'badgeSandboxHint' },
  demo: { label: 'badgeDemo', hint: 'badgeDemoHint' }
}

/**
 * Where a charge's money goes, always in sight: Live (SecPaid production), Sandbox (SecPaid's development system:
 * links that look real but move no money) or Demo (the built-in simulator). Each looks different, so a sandbox
 * can never pass for live payments.
 */
export function EnvironmentBadge() {
  const t = useTranslate()
  const destination = useSettingsStore((state): MoneyDestination | null => {
    const settings = state.settings
    if (settings === null) return null
    if (settings.demo) return 'demo'
    return settings.environment === 'production' ? 'live' : 'sandbox'
  })
  if (destination === null) return null
  const { label, hint } = LABELS[destination]
  return (
    <span
      className={`environment-badge environment-badge-${destination}`}
      title={t(hint)}
      data-testid="environment-badge"
      data-destination={destination}
    >
      {t(label)}
      <span className="visually-hidden"> – {t(hint)}</span>
    </span>
  )
}
