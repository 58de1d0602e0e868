import { cleanup, render, type RenderResult, screen } from '@testing-library/react'
import type { StoreApi } from 'zustand'

import { App } from '../../../src-renderer/src/components/app/app'
import { useCancelSaleStore } from '../../../src-renderer/src/stores/cancel-sale-store'
import { useCatalogueStore } from '../../../src-renderer/src/stores/catalogue-store'
import { useChargeStore } from '../../../src-renderer/src/stores/charge-store'
import { useConnectionStore } from '../../../src-renderer/src/stores/connection-store'
import { useCustomerDisplayStore } from '../../../src-renderer/src/stores/customer-display-store'
import { useFailedPrintStore } from '../../../src-renderer/src/stores/failed-print-store'
import { useHelpStore } from '../../../src-renderer/src/stores/help-store'
import { useJournalStore } from '../../../src-renderer/src/stores/journal-store'
import { useKeypadStore } from '../../../src-renderer/src/stores/keypad-store'
import { useNoticeStore } from '../../../src-renderer/src/stores/notice-store'
import { useOrderStore } from '../../../src-renderer/src/stores/order-store'
import { usePendingStore } from '../../../src-renderer/src/stores/pending-store'
import { useSaleStore } from '../../../src-renderer/src/stores/sale-store'
import { useSettingsLockStore } from '../../../src-renderer/src/stores/settings-lock-store'
import { useSettingsStore } from '../../../src-renderer/src/stores/settings-store'
import { useSummaryStore } from '../../../src-renderer/src/stores/summary-store'
import { useUncertainSaleStore } from '../../../src-renderer/src/stores/uncertain-sale-store'
import { useUnsavedSettingsStore } from '../../../src-renderer/src/stores/unsaved-settings-store'
import { useViewStore } from '../../../src-renderer/src/stores/view-store'
import { type FakeCounter, fakeCounter, installCounter } from './fake-counter'

const resetStore = <T,>(store: StoreApi<T>) => store.setState(store.getInitialState(), true)

/** Unmounts and puts every store back as the app starts: tests share the module-level stores. */
export function resetApp(): void {
  cleanup()
  resetStore(useConnectionStore)
  resetStore(useCustomerDisplayStore)
  resetStore(useFailedPrintStore)
  resetStore(useHelpStore)
  resetStore(useJournalStore)
  resetStore(useKeypadStore)
  resetStore(useNoticeStore)
  resetStore(usePendingStore)
  resetStore(useChargeStore)
  resetStore(useUncertainSaleStore)
  resetStore(useSaleStore)
  resetStore(useCancelSaleStore)
  resetStore(useSettingsLockStore)
  resetStore(useSettingsStore)
  resetStore(useSummaryStore)
  resetStore(useViewStore)
  resetStore(useOrderStore)
  resetStore(useUnsavedSettingsStore)
  resetStore(useCatalogueStore)
}

/** Renders the whole app against a fake `window.counter` and waits until the keypad is ready. */
export async function renderApp(
  counter: FakeCounter = fakeCounter()
): Promise<RenderResult & { counter: FakeCounter }> {
  installCounter(counter)
  const result = render(<App />)
  await screen.findByTestId('charge-button')
  return { ...result, counter }
}
