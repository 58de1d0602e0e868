import type { Channel, LinkView, PublicSettings } from '../src-preload/contract'
import { atStartStage } from './app/start-stage'
import {
  createCustomerDisplayService,
  type CustomerDisplayService,
  type CustomerDisplaySettings
} from './customer-display/customer-display-service'
import { createEventHub, type EventHub } from './events/event-hub'
import { createCounterHandlers, type CounterHandlers } from './ipc/counter-handlers'
import { createLinkCheck } from './sale/link-check'
import { createPaymentWatcher } from './sale/payment-watcher'
import { createPendingList } from './sale/pending-list'
import { createSaleSettler } from './sale/sale-settler'
import { openSaleJournal } from './sale/sale-journal'
import { createSaleService, type SaleService } from './sale/sale-service'
import { createSecPaidClient, type FetchLike } from './secpaid/client'
import { resolveConnection } from './secpaid/environments'
import { createReachability } from './secpaid/reachability'
import { createSettingsLock } from './settings/settings-lock'
import { createSettingsService, type SettingsService } from './settings/settings-service'
import type { SecretCipher, SettingsStorage } from './settings/settings-storage'
import { startSimulator, type DemoSecPaid } from './simulator'
import { createDemoSecPaidSwitch } from './simulator/demo-secpaid-switch'
import { createLinkStore } from './simulator/link-store'
import { DEFAULT_API_KEYS } from './simulator/state'

export interface CounterBackend {
  handlers: CounterHandlers
  settings: SettingsService
  sales: SaleService
  customerDisplay: CustomerDisplayService
  /** What main tells the renderer: the app forwards every event to the window. */
  events: Pick<EventHub, 'subscribe'>
  /** Settles sales a crash left open; the newest that got its link is offered to the renderer once (`recoveredSale`). */
  reconcile(): Promise<void>
  /** The SecPaid Demo mode talks to while in Demo (the built-in simulator unless `startDemoSecPaid` gave another). */
  demoSecPaid(): DemoSecPaid | null
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
  /** How often lines the journal could not write are retried (default 3 s). */
  journalRetryIntervalMs?: number
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
  /** Settings the window must apply at once (kiosk mode, the customer window). */
  onSettingsChanged?: (settings: PublicSettings) => void
  quitApp?: () => void
  /** A defect main answered as `internal` (or met in the background settler): the app logs it. */
  reportDefect?: (where: Channel | 'settler', error: unknown) => void
  /** The settler's round and its interval for recent sales; the defaults keep under SecPaid's rate limit. */
  settleRoundMs?: number
  /** Overrides the production/development base URL, e.g. to point a test at a simulator that plays SecPaid. */
  baseUrlOverride?: string
  /** Folder of the built customer display page (out/customer-display); needed only to turn a customer display on. */
  customerDisplayPage?: string
  /** Starts the SecPaid Demo mode talks to (default: the built-in simulator); tests give one they can fault. */
  startDemoSecPaid?: () => Promise<DemoSecPaid>
}): Promise<CounterBackend> {
  const events = createEventHub()
  const settings = await atStartStage('settings', () =>
    createSettingsService({
      storage: options.storage,
      cipher: options.cipher,
      ...(options.fallbackLanguage ? { fallbackLanguage: options.fallbackLanguage } : {})
    })
  )
  settings.onChange((changed) => events.emit({ type: 'settings_changed', settings: changed }))
  // Demo's links outlive its simulator, so leaving Demo and coming back finds the Demo sales where they were.
  const demoLinks = createLinkStore(DEFAULT_API_KEYS, () => new Date())
  const demo = createDemoSecPaidSwitch(
    options.startDemoSecPaid ?? (() => startSimulator({ port: 0, links: demoLinks }))
  )
  await demo.sync(settings.getPublic().demo)
  const reachability = createReachability((online) => events.emit({ type: 'connection', online }))

  const currentConnection = () => {
    const publicSettings = settings.getPublic()
    const connection = resolveConnection({
      environment: publicSettings.environment,
      apiKey: settings.getApiKey(),
      hasKey: publicSettings.hasKey,
      demoBaseUrl: demo.baseUrl()
    })
    return !connection.demo && options.baseUrlOverride
      ? { ...connection, baseUrl: options.baseUrlOverride }
      : connection
  }

  const getClient = () => {
    const connection = currentConnection()
    return reachability.observe(
      createSecPaidClient({
        baseUrl: connection.baseUrl,
        getApiKey: () => connection.apiKey,
        fetch: options.fetch,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
      })
    )
  }
  const journal = atStartStage('journal', () =>
    openSaleJournal(options.journalPath, {
      ...(options.journalRetryIntervalMs !== undefined ? { retryIntervalMs: options.journalRetryIntervalMs } : {})
    })
  )
  journal.onStatusChange((status) => events.emit({ type: 'journal_status', status }))
  const pendingList = createPendingList({ getClient })
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
      const pending = pendingList.cached(linkId)
      return pending && { amountCents: pending.amountCents, payLink: pending.payLink }
    },
    pageFolder: options.customerDisplayPage
  })
  await customerDisplay.apply(customerDisplaySettings(settings))
  // What paid detection and the settler learn is recorded once, shown on the customer display and told the renderer.
  const linkPaid = (linkId: number) => {
    const settled = sales.recordPaid(linkId)
    customerDisplay.linkPaid(linkId)
    events.emit({ type: 'link_status', linkId, state: 'paid' })
    if (settled !== null) events.emit({ type: 'sale_settled', sale: settled })
  }
  const linkGone = (linkId: number) => {
    const settled = sales.recordGone(linkId)
    if (watcher.watched() === linkId) customerDisplay.linkClosed()
    events.emit({ type: 'link_status', linkId, state: 'gone' })
    if (settled !== null) events.emit({ type: 'sale_settled', sale: settled })
  }
  const saleOf = (linkId: number) => {
    const sale = journal.byLinkId(linkId)
    return sale && { reference: sale.reference, amountCents: sale.amountCents }
  }
  const watcher = createPaymentWatcher({
    getClient,
    pendingList,
    saleOf,
    onPaid: linkPaid,
    onGone: linkGone,
    ...(options.watchIntervalMs ? { watchIntervalMs: options.watchIntervalMs } : {})
  })
  const settler = createSaleSettler({
    getClient,
    journal,
    pendingList,
    watchedLinkId: () => watcher.watched(),
    onPaid: linkPaid,
    onGone: linkGone,
    staleAfterMs: () => settings.getPublic().slowCheckAfterHours * 3_600_000,
    ...(options.settleRoundMs ? { roundMs: options.settleRoundMs, recentCheckMs: options.settleRoundMs } : {}),
    reportDefect: (error) => options.reportDefect?.('settler', error)
  })
  let reconciled: Promise<LinkView | null> = Promise.resolve(null)
  const handlers = createCounterHandlers({
    settings,
    getClient,
    sales,
    journal,
    watcher,
    pendingList,
    settingsLock: createSettingsLock({ storedPin: () => settings.getStored().settingsPin }),
    keepAwake: options.keepAwake ?? { start: () => {}, stop: () => {} },
    customerDisplay,
    onSettingsChanged: async () => {
      await demo.sync(settings.getPublic().demo)
      await customerDisplay.apply(customerDisplaySettings(settings))
      options.onSettingsChanged?.(settings.getPublic())
    },
    quitApp: options.quitApp ?? (() => {}),
    takeRecoveredSale: async () => {
      const sale = await reconciled
      reconciled = Promise.resolve(null)
      return sale
    },
    // After start-up has settled what it could, so a sale it is about to adopt is not offered for checking.
    uncertainSale: async () => {
      await reconciled
      return sales.uncertainSale()
    },
    simulatePayment: (linkId) => demo.current()?.markPaid(linkId) ?? false,
    ...(options.reportDefect ? { reportDefect: options.reportDefect } : {}),
    linkCheck: createLinkCheck({
      getClient,
      saleOf: (reference) => journal.get(reference),
      onSettled: (linkId, state) => watcher.learned(linkId, state)
    })
  })

  return {
    handlers,
    settings,
    sales,
    customerDisplay,
    events,
    demoSecPaid: () => demo.current(),
    reconcile() {
      reconciled = sales
        .reconcileOpenSales()
        .then((settled) => settled.filter((sale) => sale.state === 'pending').at(-1) ?? null)
      // Sales a crash left open are settled first; then every open sale is watched in the background.
      return reconciled.then(() => settler.start())
    },
    async close() {
      watcher.stop()
      settler.stop()
      journal.close()
      await customerDisplay.close()
      await demo.close()
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
    paidScreenSeconds: stored.paidScreenSeconds,
    demo: settings.getPublic().demo
  }
}
