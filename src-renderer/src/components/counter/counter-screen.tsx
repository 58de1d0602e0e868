import { useTranslate } from '../../hooks/use-translate'
import { useSettingsLockStore } from '../../stores/settings-lock-store'
import { BooksNavigation } from '../history/books-navigation'
import { KeypadPanel } from './keypad-panel'
import { PendingSidebar } from './pending-sidebar'
import { TodaySummaryBar } from './today-summary'

/** The cashier's home: keypad, and the links still waiting beside it (below it on narrow screens). */
export function CounterScreen() {
  const t = useTranslate()
  const openSettings = useSettingsLockStore((state) => state.openSettings)
  return (
    <div className="counter-screen">
      <header className="top-bar">
        <h1>{t('appTitle')}</h1>
        <TodaySummaryBar />
        <BooksNavigation />
        <button type="button" className="secondary-button" onClick={openSettings} data-testid="settings-button">
          <span aria-hidden="true">⚙</span> {t('settings')}
        </button>
      </header>
      <div className="counter-layout">
        <KeypadPanel />
        <PendingSidebar />
      </div>
    </div>
  )
}
