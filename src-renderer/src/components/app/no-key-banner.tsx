import { useTranslate } from '../../hooks/use-translate'
import { useSettingsLockStore } from '../../stores/settings-lock-store'
import { useSettingsStore } from '../../stores/settings-store'

/**
 * Live or Sandbox chosen without a usable key (none yet, removed, or one that no longer decrypts): the counter sells
 * nothing, and never falls back to Demo. The banner says why and leads to the key in Settings.
 */
export function NoKeyBanner() {
  const t = useTranslate()
  const openSettings = useSettingsLockStore((state) => state.openSettings)
  const keyState = useSettingsStore((state) =>
    state.settings === null || state.settings.demo || state.settings.hasKey ? null : state.settings.keyStatus.state
  )
  if (keyState === null) return null
  return (
    <div className="banner banner-demo" role="alert" data-testid="no-key-banner">
      <span>{t(keyState === 'undecryptable' ? 'noKeyBannerUndecryptable' : 'noKeyBanner')}</span>{' '}
      <button type="button" className="secondary-button" onClick={openSettings} data-testid="no-key-open-settings">
        {t('noKeyOpenSettings')}
      </button>
    </div>
  )
}
