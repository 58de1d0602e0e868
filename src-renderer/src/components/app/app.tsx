import { useEffect } from 'react'

import { useAutoLock } from '../../hooks/use-auto-lock'
import { useLanguage } from '../../hooks/use-translate'
import { useJournalStore } from '../../stores/journal-store'
import { usePendingStore } from '../../stores/pending-store'
import { useSaleStore } from '../../stores/sale-store'
import { useSettingsLockStore } from '../../stores/settings-lock-store'
import { useSettingsStore } from '../../stores/settings-store'
import { useSummaryStore } from '../../stores/summary-store'
import { useUncertainSaleStore } from '../../stores/uncertain-sale-store'
import { useViewStore } from '../../stores/view-store'
import { wireStores } from '../../stores/wire-stores'
import { DayCloseScreen } from '../books/day-close-screen'
import { HistoryScreen } from '../books/history-screen'
import { KeypadScreen } from '../keypad/keypad-screen'
import { FailedPrintNotices } from '../receipt/failed-print-notices'
import { PaidScreen } from '../sale/paid-screen'
import { QrScreen } from '../sale/qr-screen'
import { PinDialog } from '../settings/pin-dialog'
import { SettingsScreen } from '../settings/settings-screen'
import { DemoBanner } from './demo-banner'
import { JournalBanner } from './journal-banner'
import { LoadingScreen } from './loading-screen'
import { NoKeyBanner } from './no-key-banner'
import { OfflineBanner } from './offline-banner'
import { OfflineHelp } from './offline-help'
import { QuarantineNotice } from './quarantine-notice'
import { SettledNotices } from './settled-notices'

export function App() {
  const language = useLanguage()
  const settingsLoaded = useSettingsStore((state) => state.settings !== null)
  // Before the first call: the stores hear main's events and each other from the start.
  useEffect(wireStores, [])
  useEffect(() => {
    void useSettingsStore.getState().load()
    void useJournalStore.getState().load()
    // Loaded once; from then on main's pending_changed and summary_changed events say when to ask again.
    void usePendingStore.getState().refresh()
    void useSummaryStore.getState().refresh()
  }, [])
  useEffect(() => {
    if (!settingsLoaded) return
    // Main may have started locked (auto-lock on): the lock screen comes first.
    void useSettingsLockStore.getState().loadLockStatus()
    void useSaleStore.getState().checkRecoveredSale()
    void useUncertainSaleStore.getState().checkUncertainSale()
  }, [settingsLoaded])
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  useAutoLock()

  return (
    <div className="app">
      <DemoBanner />
      <NoKeyBanner />
      <OfflineBanner />
      <JournalBanner />
      <QuarantineNotice />
      <FailedPrintNotices />
      <CurrentScreen />
      <SettledNotices />
      <PinDialog />
      <OfflineHelp />
    </div>
  )
}

function CurrentScreen() {
  const settings = useSettingsStore((state) => state.settings)
  const screen = useViewStore((state) => state.screen)
  const shownLink = useSaleStore((state) => state.shownLink)
  const backToKeypad = useSaleStore((state) => state.backToKeypad)

  if (settings === null) return <LoadingScreen />
  if (screen === 'settings') return <SettingsScreen settings={settings} />
  if (screen === 'history') return <HistoryScreen />
  if (screen === 'dayClose') return <DayCloseScreen />
  let sale = null
  if (screen === 'qr' && shownLink !== null) sale = <QrScreen link={shownLink} />
  if (screen === 'paid' && shownLink !== null) {
    sale = <PaidScreen amountCents={shownLink.amountCents} seconds={settings.paidScreenSeconds} onDone={backToKeypad} />
  }
  // The keypad stays mounted (hidden) under the sale's screens: Charge → QR then only mounts the QR screen, and
  // coming back only unhides the keypad instead of building it again.
  return (
    <>
      <KeypadScreen hidden={sale !== null} />
      {sale}
    </>
  )
}
