import type { PublicSettings } from '../../../src-preload/contract'
import { useTranslate } from '../hooks/use-translate'
import { useViewStore } from '../stores/view-store'
import { ConnectionSection } from './connection-section'
import { SettingsForm } from './settings-form'

export function SettingsScreen({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const show = useViewStore((state) => state.show)
  return (
    <main className="settings-screen" data-testid="settings-screen">
      <header className="top-bar">
        <h1>{t('settings')}</h1>
        <button type="button" className="secondary-button" onClick={() => show('keypad')} data-testid="settings-close">
          {t('settingsDone')}
        </button>
      </header>
      <div className="settings-body">
        <ConnectionSection settings={settings} />
        <SettingsForm settings={settings} />
      </div>
    </main>
  )
}
