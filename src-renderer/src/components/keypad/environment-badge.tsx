import { useTranslate } from '../../hooks/use-translate'
import type { MessageKey } from '../../lib/words/i18n'
import { useSettingsStore } from '../../stores/settings-store'

type MoneyDestination = 'live' | 'sandbox' | 'demo'

const LABELS: Record<MoneyDestination, { label: MessageKey; hint: MessageKey }> = {
  live: { label: 'badgeLive', hint: 'badgeLiveHint' },
  sandbox: { label: 'badgeSandbox', hint: 'badgeSandboxHint' },
  demo: { label: 'badgeDemo', hint: 'badgeDemoHint' }
}
/** Live or Sandbox chosen without a usable key: nothing is charged anywhere until the key is entered. */
const NO_KEY_LABELS: Record<Exclude<MoneyDestination, 'demo'>, MessageKey> = {
  live: 'badgeLiveNoKey',
  sandbox: 'badgeSandboxNoKey'
}

/**
 * Where a charge's money goes, always in sight: Live (SecPaid production), Sandbox (SecPaid's development system:
 * links that look real but move no money) or Demo (the built-in simulator). Each looks different, so a sandbox
 * can never pass for live payments. Live or Sandbox without a usable key says so: it sells nothing, not even Demo.
 */
export function EnvironmentBadge() {
  const t = useTranslate()
  const destination = useSettingsStore((state): MoneyDestination | null => {
    const settings = state.settings
    if (settings === null) return null
    if (settings.demo) return 'demo'
    return settings.environment === 'production' ? 'live' : 'sandbox'
  })
  const noKey = useSettingsStore((state) => state.settings !== null && !state.settings.demo && !state.settings.hasKey)
  if (destination === null) return null
  const { label: withKey, hint: keyHint } = LABELS[destination]
  const label = noKey && destination !== 'demo' ? NO_KEY_LABELS[destination] : withKey
  const hint = noKey ? 'badgeNoKeyHint' : keyHint
  return (
    <span
      className={`environment-badge environment-badge-${destination}${noKey ? ' environment-badge-no-key' : ''}`}
      title={t(hint)}
      data-testid="environment-badge"
      data-destination={destination}
      data-key={noKey ? 'none' : 'set'}
    >
      {t(label)}
      <span className="visually-hidden"> – {t(hint)}</span>
    </span>
  )
}
