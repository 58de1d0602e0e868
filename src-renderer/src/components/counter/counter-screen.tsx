import { useTranslate } from '../../hooks/use-translate'
import { useSettingsLockStore } from '../../stores/settings-lock-store'
import { BooksNavigation } from '../history/books-navigation'
import { EnvironmentBadge } from '../app/environment-badge'
import { CounterSide } from './counter-side'
import { KeypadPanel } from './keypad-panel'
import { TodaySummaryBar } from './today-summary'

/** The cashier's home: keypad and Charge, and beside them (below on narrow screens) the sale's extras and the links still waiting. */
export function CounterScreen() {
  const t = useTranslate()
  const openSettings = useSettingsLockStore((state) => state.openSettings)
  return (
    <div className="counter-screen">
      <header className="top-bar">
        <h1>{t('appTitle')}</h1>
        <EnvironmentBadge />
        <TodaySummaryBar />
        <BooksNavigation />
        <button type="button" className="secondary-button" onClick={openSettings} data-testid="settings-button">
          <span aria-hidden="true">⚙</span> {t('settings')}
        </button>
      </header>
      <div className="counter-layout">
        <KeypadPanel />
        <CounterSide />
      </div>
    </div>
  )
}
