import { atStartStage } from './app/start-stage'
import { createCounterHandlers, type CounterHandlers } from './ipc/counter-handlers'
import { createSecPaidClient, type FetchLike } from './secpaid/client'
import type { PublicSettings, SaleLink } from '../src-preload/contract'
import {
  createCustomerDisplayService,
  type CustomerDisplayService,
  type CustomerDisplaySettings
} from './customer-display/customer-display-service'
import { createSettingsLock } from './settings/settings-lock'
import { createPaymentWatcher } from './sale/payment-watcher'
import { openSaleJournal } from './sale/sale-journal'
import { createSaleService, type SaleService } from './sale/sale-service'
import { resolveConnection } from './secpaid/environments'
import { createSettingsService, type SettingsService } from './settings/settings-service'
import type { SecretCipher, SettingsStorage } from './settings/settings-storage'
import { startSimulator, type Simulator } from './simulator'

export interface CounterBackend {
  handlers: CounterHandlers
  settings: SettingsService
  sales: SaleService
  customerDisplay: CustomerDisplayService
  /** Settles sales a crash left open; the newest that got its link is offered to the renderer once (`recoveredSale`). */
  reconcile(): Promise<void>
  /** The built-in SecPaid simulator that Demo mode talks to. */
  demoSimulator: Simulator
  close(): Promise<void>
}

/**
 * Everything the main process does, without Electron: the app passes Electron's storage, cipher and
 * `net.fetch`; the e2e bridge passes a JSON file, a test cipher and Node's fetch, and so runs the same handlers.
 */
export async function createCounterBackend(options: {
  storage: SettingsStorage
  /** JSON-lines file where every sale and its status changes are journaled. */
  journalPath: string
  cipher: SecretCipher
  fetch: FetchLike
  fallbackLanguage?: 'de' | 'en'
  timeoutMs?: number
  /** Pause before looking up a charge whose answer was lost (default 500 ms). */
  lookupDelayMs?: number
  /** Paid-detection poll interval while a QR is shown; the default keeps under SecPaid's rate limit. */
  watchIntervalMs?: number
  /** Keeps the display awake while a QR is shown (Electron's powerSaveBlocker in the app). */
  keepAwake?: { start(): void; stop(): void }
  onSettingsChanged?: (settings: PublicSettings) => void
  quitApp?: () => void
  /** Overrides the production/development base URL, e.g. to point a test at a simulator that plays SecPaid. */
  baseUrlOverride?: string
}): Promise<CounterBackend> {
  const settings = atStartStage('settings', () =>
    createSettingsService({
      storage: options.storage,
      cipher: options.cipher,
      ...(options.fallbackLanguage ? { fallbackLanguage: options.fallbackLanguage } : {})
    })
  )
  const demoSimulator = await startSimulator({ port: 0 })

  const currentConnection = () => {
    const publicSettings = settings.getPublic()
    const connection = resolveConnection({
      environment: publicSettings.environment,
      apiKey: settings.getApiKey(),
      hasKey: publicSettings.hasKey,
      demoBaseUrl: demoSimulator.baseUrl
    })
    return !connection.demo && options.baseUrlOverride
      ? { ...connection, baseUrl: options.baseUrlOverride }
      : connection
  }

  const getClient = () => {
    const connection = currentConnection()
    return createSecPaidClient({
      baseUrl: connection.baseUrl,
      getApiKey: () => connection.apiKey,
      fetch: options.fetch,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
    })
  }
  const journal = atStartStage('journal', () => openSaleJournal(options.journalPath))
  const sales = createSaleService({
    getClient,
    journal,
    settings,
    now: () => new Date(),
    ...(options.lookupDelayMs !== undefined ? { lookupDelayMs: options.lookupDelayMs } : {})
  })
  const customerDisplay = createCustomerDisplayService({
    settings: customerDisplaySettings(settings),
    describeLink: (linkId) => {
      const sale = journal.byLinkId(linkId)
      if (sale?.payLink) return { amountCents: sale.amountCents, payLink: sale.payLink }
      const pending = watcher.cachedLink(linkId)
      return pending && { amountCents: pending.amountCents, payLink: pending.payLink }
    }
  })
  await customerDisplay.apply(customerDisplaySettings(settings))
  const watcher = createPaymentWatcher({
    getClient,
    referenceOf: (linkId) => sales.referenceOf(linkId),
    onPaid: (linkId) => {
      sales.recordPaid(linkId)
      customerDisplay.linkPaid(linkId)
    },
    onGone: (linkId) => {
      sales.recordGone(linkId)
      customerDisplay.linkClosed()
    },
    ...(options.watchIntervalMs ? { watchIntervalMs: options.watchIntervalMs } : {})
  })
  let reconciled: Promise<SaleLink | null> = Promise.resolve(null)
  const handlers = createCounterHandlers({
    settings,
    getClient,
    sales,
    journal,
    watcher,
    settingsLock: createSettingsLock({ storedPin: () => settings.getStored().settingsPin }),
    keepAwake: options.keepAwake ?? { start: () => {}, stop: () => {} },
    customerDisplay,
    onSettingsChanged: async (changed) => {
      await customerDisplay.apply(customerDisplaySettings(settings))
      options.onSettingsChanged?.(changed)
    },
    quitApp: options.quitApp ?? (() => {}),
    takeRecoveredSale: async () => {
      const sale = await reconciled
      reconciled = Promise.resolve(null)
      return sale
    },
    simulatePayment: (linkId) => demoSimulator.markPaid(linkId)
  })

  return {
    handlers,
    settings,
    sales,
    customerDisplay,
    demoSimulator,
    reconcile() {
      reconciled = sales
        .reconcileOpenSales()
        .then((settled) => settled.filter((sale) => sale.status === 'created').at(-1) ?? null)
      return reconciled.then(() => undefined)
    },
    async close() {
      watcher.stop()
      await customerDisplay.close()
      await demoSimulator.close()
    }
  }
}

function customerDisplaySettings(settings: SettingsService): CustomerDisplaySettings {
  const stored = settings.getStored()
  return {
    customerWindow: stored.customerWindow,
    lanDisplay: stored.lanDisplay,
    lanDisplayPort: stored.lanDisplayPort,
    pairingCode: stored.pairingCode,
    language: stored.language,
    paidScreenSeconds: stored.paidScreenSeconds
  }
}
