import type { CounterEvent, SettledSale } from '../../../src-preload/contract'
import { callCounter, observeCallResults } from '../ipc/counter-call'
import { onCounterEvent } from '../ipc/counter-events'
import { paidSound } from '../lib/browser/paid-sound'
import { useCancelSaleStore } from './cancel-sale-store'
import { useChargeStore } from './charge-store'
import { useConnectionStore } from './connection-store'
import { feedCustomerCart } from './customer-cart-feed'
import { useCustomerDisplayStore } from './customer-display-store'
import { useDayCloseStore } from './day-close-store'
import { useFailedPrintStore } from './failed-print-store'
import { useHistoryStore } from './history-store'
import { useJournalStore } from './journal-store'
import { useKeypadStore } from './keypad-store'
import { useLinkExpiryStore } from './link-expiry-store'
import { useNoticeStore } from './notice-store'
import { isComposed, useOrderStore } from './order-store'
import { useParkingStore } from './parking-store'
import { usePendingStore } from './pending-store'
import { refreshLists } from './sale-lists'
import { useSaleStore } from './sale-store'
import { useSettingsLockStore } from './settings-lock-store'
import { useSettingsStore } from './settings-store'
import { useSummaryStore } from './summary-store'
import { useUncertainSaleStore } from './uncertain-sale-store'
import { useViewStore } from './view-store'

/**
 * A sale settled away from its QR screen gets a notice, a payment also the chime; the link on screen needs neither,
 * its own screen already shows Paid or gone. (The cashier's own cancel is no settlement: main tells none.)
 */
function announceSettled(sale: SettledSale): void {
  const screen = useViewStore.getState().screen
  const onScreen = useSaleStore.getState().shownLink?.linkId === sale.linkId && (screen === 'qr' || screen === 'paid')
  if (onScreen) return
  useNoticeStore.getState().announce(sale)
  if (sale.status === 'paid' && useSettingsStore.getState().settings?.paidSound !== false) paidSound.play()
}

/**
 * History on screen follows main's events instead of polling. A link of a sale listed as waiting (or the sale open)
 * that main saw paid or gone changes that sale's status even when no settlement of this till's is announced.
 */
function refreshShownHistory(event: Extract<CounterEvent, { type: 'link_status' | 'sale_settled' }>): void {
  if (useViewStore.getState().screen !== 'history') return
  const history = useHistoryStore.getState()
  if (event.type === 'link_status') {
    if (event.state === 'waiting') return
    const listedWaiting = history.sales.some((sale) => sale.linkId === event.linkId && sale.status === 'waiting')
    if (!listedWaiting && history.detail?.sale.linkId !== event.linkId) return
  }
  void history.refresh()
}

function applyEvent(event: CounterEvent): void {
  switch (event.type) {
    case 'link_status':
      useSaleStore.getState().linkStatusChanged(event.linkId, event.state)
      refreshShownHistory(event)
      return
    case 'sale_settled':
      announceSettled(event.sale)
      void useSummaryStore.getState().refresh()
      void usePendingStore.getState().refresh()
      refreshShownHistory(event)
      return
    case 'connection':
      useConnectionStore.getState().received({
        online: event.online,
        problem: event.problem,
        lastAnswerAt: event.lastAnswerAt
      })
      return
    case 'settings_changed':
      useSettingsStore.getState().received(event.settings)
      return
    case 'journal_status':
      useJournalStore.getState().received(event.status)
      return
    case 'pending_changed':
      void usePendingStore.getState().refresh()
      return
    case 'summary_changed':
      void useSummaryStore.getState().refresh()
      return
    case 'uncertain_sale':
      useUncertainSaleStore.getState().uncertainSaleChecked(event.reference, event.cause)
      return
    case 'pairing_code_changed':
      useCustomerDisplayStore.getState().pairingChanged()
      return
    case 'link_expiry':
      useLinkExpiryStore.getState().received(event.linkId, event.msLeft)
      return
    case 'link_expired':
      useLinkExpiryStore.getState().expiredByMain(event.linkId, event.reference, event.outcome)
      if (event.outcome === 'paid') useSaleStore.getState().linkStatusChanged(event.linkId, 'paid')
      if (event.outcome === 'cancelled') useSaleStore.getState().linkStatusChanged(event.linkId, 'cancelled')
      if (event.outcome !== 'not_confirmed') refreshLists()
      return
    case 'receipt_print_failed':
      useFailedPrintStore.getState().received({
        reference: event.reference,
        reason: event.reason,
        printerName: event.printerName
      })
      return
  }
}

/**
 * A sale belongs to one environment: what is open of the old one's (a sale's detail and its refund dialog, a failed
 * print's banner, the day close) is dropped, and History or Day close on screen shows the new one's books.
 */
function environmentChanged(): void {
  useFailedPrintStore.getState().environmentChanged()
  useHistoryStore.getState().environmentChanged()
  useDayCloseStore.getState().environmentChanged()
  const screen = useViewStore.getState().screen
  if (screen === 'history') void useHistoryStore.getState().reload()
  if (screen === 'dayClose') void useDayCloseStore.getState().load()
}

/**
 * The reactions between stores and to main's events, in one place: stores never import each other in a circle, and
 * none has to know who else cares about its changes. Returns the function that undoes all of it.
 */
export function wireStores(): () => void {
  const unsubscribers = [
    onCounterEvent(applyEvent),
    feedCustomerCart(),
    observeCallResults((_channel, result) => {
      if (result.ok) return
      if (result.error.code === 'locked') useSettingsLockStore.getState().settingsLocked()
      if (result.error.code === 'counter_locked') useSettingsLockStore.getState().counterLockedByMain(true)
      // Main refused for a reason the banner should already show: ask again in case its event was missed.
      if (result.error.code === 'journal_unwritable') void useJournalStore.getState().load()
    }),
    // Leaving Settings by any way (Done, Escape, a banner's "Open in History", auto-lock) locks them in main.
    useViewStore.subscribe(({ screen }, previous) => {
      if (previous.screen === 'settings' && screen !== 'settings') void callCounter('lockSettings', {})
    }),
    // A QR on screen: what the last park or resume came to is no longer news.
    useViewStore.subscribe(({ screen }, previous) => {
      if (screen === 'qr' && previous.screen !== 'qr') useParkingStore.getState().dismissNotice()
    }),
    // The Paid screen of the link on screen: the chime (unless switched off), and the lists without that link.
    useViewStore.subscribe(({ screen }, previous) => {
      if (screen !== 'paid' || previous.screen === 'paid') return
      if (useSettingsStore.getState().settings?.paidSound !== false) paidSound.play()
      refreshLists()
    }),
    // What main refused while the counter was locked is asked for again once it is open.
    useSettingsLockStore.subscribe(({ counterLocked }, previous) => {
      if (counterLocked || !previous.counterLocked) return
      void usePendingStore.getState().refresh()
      void useSummaryStore.getState().refresh()
      void useSaleStore.getState().checkRecoveredSale()
      void useUncertainSaleStore.getState().checkUncertainSale()
      const screen = useViewStore.getState().screen
      if (screen === 'history') void useHistoryStore.getState().refresh()
      if (screen === 'dayClose') void useDayCloseStore.getState().load()
    }),
    // The amount being charged stays as it is until main answers.
    useChargeStore.subscribe(({ chargeInFlight }, previous) => {
      if (chargeInFlight !== previous.chargeInFlight) useKeypadStore.getState().setHeld(chargeInFlight)
    }),
    // Settling the uncertain sale settles the charge that lost its answer: main's refusal becomes the charge's error.
    useUncertainSaleStore.subscribe(({ settled }, previous) => {
      if (settled !== null && settled !== previous.settled)
        useChargeStore.getState().uncertainSaleSettled(settled.refusal)
    }),
    // A failed cancel's error belongs to the link it was about: showing another link or the keypad drops it.
    useSaleStore.subscribe(({ showings }, previous) => {
      if (showings !== previous.showings) useCancelSaleStore.getState().clearError()
    }),
    useSettingsStore.subscribe(({ settings }, previous) => {
      if (settings === null) return
      useKeypadStore.getState().setMode(settings.entryMode)
      const before = previous.settings
      // Main prices the sale from these: a sale on screen is quoted again, so its lines show the price Charge takes.
      const offerChanged =
        before !== null &&
        (JSON.stringify(before.products) !== JSON.stringify(settings.products) ||
          JSON.stringify(before.tips) !== JSON.stringify(settings.tips) ||
          before.maxAmountCents !== settings.maxAmountCents)
      if (offerChanged) void useOrderStore.getState().offerChanged()
      if (before !== null && before.environment !== settings.environment) environmentChanged()
      // Another environment or key is another account (main then says pending_changed for its waiting links).
      const accountChanged =
        before !== null &&
        (before.environment !== settings.environment ||
          before.hasKey !== settings.hasKey ||
          before.demo !== settings.demo)
      if (!accountChanged) return
      void useUncertainSaleStore.getState().recheckUncertainSale()
    }),
    // The amount still on the keypad is part of a composed sale: main's figures follow every key.
    useKeypadStore.subscribe(({ entry }, previous) => {
      if (entry !== previous.entry && isComposed(useOrderStore.getState())) void useOrderStore.getState().requote()
    })
  ]
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe()
  }
}
