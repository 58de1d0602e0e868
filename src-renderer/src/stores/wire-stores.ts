import type { CounterEvent } from '../../../src-preload/contract'
import { observeCallResults } from '../ipc/counter-call'
import { onCounterEvent } from '../ipc/counter-events'
import { useConnectionStore } from './connection-store'
import { useJournalStore } from './journal-store'
import { useKeypadStore } from './keypad-store'
import { usePendingStore } from './pending-store'
import { useSaleStore } from './sale-store'
import { useSettingsLockStore } from './settings-lock-store'
import { useSettingsStore } from './settings-store'
import { useSummaryStore } from './summary-store'

function applyEvent(event: CounterEvent): void {
  switch (event.type) {
    case 'link_status':
      useSaleStore.getState().linkStatusChanged(event.linkId, event.state)
      return
    case 'sale_settled':
      void useSummaryStore.getState().refresh()
      void usePendingStore.getState().refresh()
      return
    case 'connection':
      useConnectionStore.getState().setOnline(event.online)
      return
    case 'settings_changed':
      useSettingsStore.getState().received(event.settings)
      return
    case 'journal_status':
      useJournalStore.getState().received(event.status)
      return
  }
}

/**
 * The reactions between stores and to main's events, in one place: stores never import each other in a circle, and
 * none has to know who else cares about its changes. Returns the function that undoes all of it.
 */
export function wireStores(): () => void {
  const unsubscribers = [
    onCounterEvent(applyEvent),
    observeCallResults((_channel, result) => {
      if (result.ok) return
      if (result.error.code === 'locked') useSettingsLockStore.getState().settingsLocked()
      // Main refused for a reason the banner should already show: ask again in case its event was missed.
      if (result.error.code === 'journal_unwritable') void useJournalStore.getState().load()
    }),
    useSettingsStore.subscribe(({ settings }, previous) => {
      if (settings === null) return
      useKeypadStore.getState().setMode(settings.entryMode)
      // Another environment or key is another account: its waiting links are other links.
      const before = previous.settings
      const accountChanged =
        before !== null &&
        (before.environment !== settings.environment ||
          before.hasKey !== settings.hasKey ||
          before.demo !== settings.demo)
      if (accountChanged) void usePendingStore.getState().refresh()
    })
  ]
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe()
  }
}
