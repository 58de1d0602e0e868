import { useTranslate } from '../../hooks/use-translate'
import { useSettingsLockStore } from '../../stores/settings-lock-store'
import { BooksNavigation } from '../history/books-navigation'
import { EnvironmentBadge } from '../app/environment-badge'
import { CounterSide } from './counter-side'
import { KeypadPanel } from './keypad-panel'
import { TodaySummaryBar } from './today-summary'

/**
 * The cashier's home: keypad and Charge, and beside them (below on narrow screens) the sale's extras and the links
 * still waiting. `hidden` while the QR or Paid screen is over it: not shown, not focusable, not read, keys do nothing.
 */
export function CounterScreen({ hidden = false }: { hidden?: boolean }) {
  const t = useTranslate()
  const openSettings = useSettingsLockStore((state) => state.openSettings)
  return (
    <div className="counter-screen" hidden={hidden} inert={hidden}>
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
        <KeypadPanel hidden={hidden} />
        <CounterSide />
      </div>
    </div>
  )
}
