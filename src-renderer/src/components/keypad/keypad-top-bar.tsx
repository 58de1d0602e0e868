import { memo } from 'react'

import { useTranslate } from '../../hooks/use-translate'
import { useHelpStore } from '../../stores/help-store'
import { useSettingsLockStore } from '../../stores/settings-lock-store'
import { BooksNavigation } from '../books/books-navigation'
import { EnvironmentBadge } from './environment-badge'
import { SwitchCashierButton } from './switch-cashier-button'
import { TodaySummaryBar } from './today-summary'

/**
 * The keypad screen's top bar: where the money goes, today's figures, the books and Settings. Memoized: hiding the
 * keypad screen under the QR re-renders the screen, and nothing here depends on that.
 */
export const KeypadTopBar = memo(function KeypadTopBar() {
  const t = useTranslate()
  const openSettings = useSettingsLockStore((state) => state.openSettings)
  const showHelp = useHelpStore((state) => state.show)
  return (
    <header className="top-bar">
      <h1>{t('appTitle')}</h1>
      <EnvironmentBadge />
      <TodaySummaryBar />
      <BooksNavigation />
      <SwitchCashierButton />
      <button
        type="button"
        className="secondary-button help-button"
        onClick={showHelp}
        aria-label={t('helpButtonLabel')}
        title={t('helpButtonLabel')}
        data-testid="help-button"
      >
        <span aria-hidden="true">?</span>
      </button>
      <button type="button" className="secondary-button" onClick={openSettings} data-testid="settings-button">
        <span aria-hidden="true">⚙</span> {t('settings')}
      </button>
    </header>
  )
})
