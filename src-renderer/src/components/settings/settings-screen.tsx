import type { PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { useSettingsLockStore } from '../../stores/settings-lock-store'
import { ConnectionSection } from './connection-section'
import { RepairedSettingsNotice } from './repaired-settings-notice'
import { SecuritySection } from './security-section'
import { SellingSettingsSections } from './selling-settings-sections'
import { SettingsForm } from './settings-form'
import { SettingsUnwritableNotice } from './settings-unwritable-notice'

/** Sections that act on the spot surround the form that is saved at once with the footer's button. */
export function SettingsScreen({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const closeSettings = useSettingsLockStore((state) => state.closeSettings)
  return (
    <main className="settings-screen" data-testid="settings-screen">
      <header className="top-bar">
        <h1>{t('settings')}</h1>
        <button type="button" className="secondary-button" onClick={closeSettings} data-testid="settings-close">
          {t('settingsDone')}
        </button>
      </header>
      <SettingsForm
        settings={settings}
        before={
          <>
            <SettingsUnwritableNotice settingsFile={settings.settingsFile} />
            <RepairedSettingsNotice repairs={settings.repairedAtStart} />
            <ConnectionSection settings={settings} />
          </>
        }
        after={
          <>
            <SecuritySection settings={settings} />
            <SellingSettingsSections settings={settings} />
          </>
        }
      />
    </main>
  )
}
