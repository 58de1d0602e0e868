import { dirname, join } from 'node:path'

import type { Channel, Language, LinkView, PublicSettings } from '../src-preload/contract'
import { atStartStage } from './app/start-stage'
import { createAboutHandlers } from './books/about-handlers'
import { type ChooseFolder, createBooksCare } from './books/books-care'
import { createBooksHandlers } from './books/books-handlers'
import { type BooksJobRunner, runOnThisThread } from './books/books-job-runner'
import type { FileOutput } from './books/file-output'
import { createHistoryIndex } from './books/history-index'
import { createRefundService } from './books/refund-service'
import { type Clock, sleepOn, systemClock } from './clock'
import {
  createCustomerDisplayService,
  type CustomerDisplayService,
  type CustomerDisplaySettings
} from './customer-display/customer-display-service'
import { type ChooseImage, createLogoHandlers } from './customer-display/logo-handlers'
import { createPairingFile } from './customer-display/pairing-store'
import { wifiPayload } from './customer-display/wifi-qr'
import { createEventHub, type EventHub } from './events/event-hub'
import { type CounterHandlers, createCounterHandlers } from './ipc/counter-handlers'
import { openSaleJournal } from './journal/sale-journal'
import { createWaitingSales } from './parking/waiting-sales'
import { printOnPaid } from './receipts/print-on-paid'
import type { ReceiptPrinter } from './receipts/receipt-printer'
import { createReceiptPrinting } from './receipts/receipt-printing'
import { createLinkCheck } from './sale/link-check'
import { createLinkSettlement } from './sale/link-settlement'
import { createPaymentWatcher } from './sale/payment-watcher'
import { createPendingList } from './sale/pending-list'
import { createPendingWatch } from './sale/pending-watch'
import { tillInNote } from './sale/reference-till'
import { createSaleService, type SaleService } from './sale/sale-service'
import { createSaleSettler } from './sale/sale-settler'
import { createSummaryWatch } from './sale/summary-watch'
import { createUncertainSaleRecheck } from './sale/uncertain-sale-recheck'
import type { FetchLike } from './secpaid/client'
import { demoFirstLinkIdAt } from './secpaid/environments'
import { createReachability } from './secpaid/reachability'
import type { RequestBudget, RequestFigures } from './secpaid/request-scheduler'
import { createSecPaidAccess } from './secpaid/secpaid-access'
import { createSettingsLock } from './settings/settings-lock'
import { createSettingsService, type SettingsService } from './settings/settings-service'
import type { SecretCipher, SettingsStorage } from './settings/settings-storage'
import { type DemoSecPaid, startSimulator } from './simulator'
import { createDemoSecPaidSwitch } from './simulator/demo-secpaid-switch'
import { createLinkStore } from './simulator/link-store'
import { DEFAULT_API_KEYS } from './simulator/state'
import { createStaffLock } from './staff/staff-lock'
import { createStaffSession } from './staff/staff-session'

/** What About says without Electron to name the version (tests, the e2e bridge). */
const UNKNOWN_VERSION = 'unknown'

/** Beside the journal in the data folder: the LAN displays paired, so they stay paired across a restart. */
const DISPLAY_PAIRING_FILE = 'display-pairing.json'
/** The customer display's logo as the owner chose it (a PNG or JPEG, checked again at every start). */
const DISPLAY_LOGO_FILE = 'display-logo.img'

export interface Backend {
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
  /** How the request budget of the key in use is spent, for tests and the benchmark. */
  requestFigures(): RequestFigures
  /** The window (re)loaded: nobody is in Settings any more. The counter lock stays as it is. */
  lockSettings(): void
  close(): Promise<void>
}

/**
 * What tests and the benchmark change, all in one place: the app passes none of it, and runs with the defaults that
 * keep it under SecPaid's rate limit.
 */
interface BackendTesting {
  /** How often lines the journal could not write are retried (default 3 s). */
  journalRetryIntervalMs?: number
  /** Books bigger than this are checked (`PRAGMA quick_check`) after start instead of before (default 64 MB). */
  syncQuickCheckMaxBytes?: number
  /** How long a SecPaid request may take before it counts as lost. */
  timeoutMs?: number
  /** Pause before looking up a charge whose answer was lost (default 500 ms). */
  lookupDelayMs?: number
  /** Paid-detection poll interval while a QR is shown; the default keeps under SecPaid's rate limit. */
  watchIntervalMs?: number
  /** The settler's round and its interval for recent sales; the defaults keep under SecPaid's rate limit. */
  settleRoundMs?: number
  /** Overrides the production/development base URL, e.g. to point a test at a simulator that plays SecPaid. */
  baseUrlOverride?: string
  /** Starts the SecPaid Demo mode talks to (default: the built-in simulator); tests give one they can fault. */
  startDemoSecPaid?: () => Promise<DemoSecPaid>
  /** Time for the request budget, paid detection and the sale service; a test or benchmark may run it faster. */
  clock?: Clock
  /**
   * SecPaid's request budget per key, if not the default (40 a minute, halved on a 429). `null` sends every request
   * at once and answers a 429 as it came, for tests of everything else that fire requests faster than a cashier can.
   */
  requestBudget?: Partial<RequestBudget> | null
}

/**
 * Everything the main process does, without Electron: the app passes Electron's storage, cipher and
 * `net.fetch`; the e2e bridge passes a JSON file, a test cipher and Node's fetch, and so runs the same handlers.
 */
export async function createBackend(options: {
  storage: SettingsStorage
  /** The books database (`books.sqlite` in the data folder) where every sale and its status changes are journaled. */
  booksPath: string
  cipher: SecretCipher
  fetch: FetchLike
  fallbackLanguage?: Language
  /** Keeps the display awake while a QR is shown (Electron's powerSaveBlocker in the app). */
  keepAwake?: { start(): void; stop(): void }
  /** Settings the window must apply at once (kiosk mode, the customer window). */
  onSettingsChanged?: (settings: PublicSettings) => void
  quitApp?: () => void
  /** A defect main answered as `internal` (or met in the background settler): the app logs it. */
  reportDefect?: (where: Channel | 'settler', error: unknown) => void
  /** Folder of the built customer display page (out/customer-display); needed only to turn a customer display on. */
  customerDisplayPage?: string
  /** Prints receipts (Electron's printing in the app); without it printing answers `no_printing`. */
  printReceipt?: ReceiptPrinter
  /** Save dialogs and printing for the books (Electron's, in the app). */
  fileOutput?: FileOutput
  /** The folder dialog for backups and the audit export (Electron's, in the app). */
  chooseFolder?: ChooseFolder
  /** The open dialog for the customer display's logo (Electron's in the app). */
  chooseImage?: ChooseImage
  /** Where Settings → Books verifies and exports: a worker thread in the app; the calling thread by default. */
  runBooksJob?: BooksJobRunner
  /** The app's version for Settings → About and the procedure description (Electron's `app.getVersion()`). */
  appVersion?: string
  testing?: BackendTesting
}): Promise<Backend> {
  const testing = options.testing ?? {}
  const clock = testing.clock ?? systemClock
  const events = createEventHub()
  const settings = await atStartStage('settings', () =>
    createSettingsService({
      storage: options.storage,
      cipher: options.cipher,
      ...(options.fallbackLanguage ? { fallbackLanguage: options.fallbackLanguage } : {})
    })
  )
  settings.onChange((changed) => events.emit({ type: 'settings_changed', settings: changed }))
  const stored = settings.getStored()
  const ownerLock = createSettingsLock({
    storedPin: () => settings.getStored().settingsPin,
    guard: { read: () => settings.getStored().pinGuard, write: (guard) => settings.recordPinGuard(guard) },
    // With auto-lock on, the app starts locked: a restart is no way past the PIN.
    lockedAtStart: stored.settingsPin !== null && stored.autoLockMinutes > 0,
    now: () => clock.now()
  })
  // Once there are cashiers, the one signed in is who every journal line names and whose PIN a refund asks for.
  const staff = createStaffSession({ settings, lock: ownerLock, now: () => clock.now() })
  const settingsLock = createStaffLock(ownerLock, staff)
  // Demo's links outlive its simulator, so leaving Demo and coming back finds the Demo sales where they were.
  // Its ids lie in a range of their own, so no Demo link id is ever taken for a real SecPaid one, nor for an earlier
  // start's Demo link (the simulator forgets its links when the app quits; the journal does not).
  const demoLinks = createLinkStore(DEFAULT_API_KEYS, () => new Date(), { firstLinkId: demoFirstLinkIdAt(Date.now()) })
  const demo = createDemoSecPaidSwitch(
    testing.startDemoSecPaid ?? (() => startSimulator({ port: 0, links: demoLinks, nightlyPayouts: true }))
  )
  await demo.sync(settings.getPublic().demo)
  let wasOnline = true
  const reachability = createReachability(
    (status) => {
      events.emit({ type: 'connection', ...status })
      // Only reaching SecPaid or not changes the list's pace: a 429 or a 500 keeps its own retry.
      if (status.online === wasOnline) return
      wasOnline = status.online
      pendingWatch.connectionChanged()
    },
    () => clock.now()
  )

  const secpaid = createSecPaidAccess({
    environment: () => settings.getPublic().environment,
    apiKey: () => settings.getApiKey(),
    demoBaseUrl: () => demo.baseUrl(),
    baseUrlOverride: testing.baseUrlOverride,
    tillsOnKey: () => settings.getStored().tillsOnKey,
    ownTill: () => settings.getStored().tillId,
    tillOf: (note) => tillInNote(settings.getStored().linkDefaults.noteTemplate, note),
    reachability,
    fetch: options.fetch,
    clock,
    timeoutMs: testing.timeoutMs,
    requestBudget: testing.requestBudget
  })
  const getClient = secpaid.getClient
  const journal = atStartStage('journal', () =>
    openSaleJournal(options.booksPath, {
      environment: () => settings.getStored().environment,
      cashier: () => staff.stamp(),
      ...(testing.journalRetryIntervalMs !== undefined ? { retryIntervalMs: testing.journalRetryIntervalMs } : {}),
      ...(testing.syncQuickCheckMaxBytes !== undefined
        ? { syncQuickCheckMaxBytes: testing.syncQuickCheckMaxBytes }
        : {})
    })
  )
  journal.onStatusChange((status) => events.emit({ type: 'journal_status', status }))
  // The renderer keeps no time for main: main tells it when the pending list or today's summary changed.
  const pendingWatch = createPendingWatch({
    pendingList: createPendingList({ getClient, now: () => clock.now() }),
    clock,
    online: () => reachability.online(),
    onChanged: () => events.emit({ type: 'pending_changed' })
  })
  const pendingList = pendingWatch.list
  const summaryWatch = createSummaryWatch({
    journal,
    clock,
    onChanged: () => events.emit({ type: 'summary_changed' })
  })
  const sales = createSaleService({
    getClient,
    journal,
    settings,
    now: () => new Date(clock.now()),
    sleep: (ms) => sleepOn(clock, ms),
    ...(testing.lookupDelayMs !== undefined ? { lookupDelayMs: testing.lookupDelayMs } : {})
  })
  const customerDisplay = createCustomerDisplayService({
    settings: customerDisplaySettings(settings),
    describeLink: (linkId) => {
      const sale = journal.byLinkId(linkId)
      if (sale?.payLink) return { amountCents: sale.amountCents, payLink: sale.payLink, tipCents: sale.tipCents }
      const pending = pendingList.cached(linkId)
      return pending && { amountCents: pending.amountCents, payLink: pending.payLink }
    },
    pageFolder: options.customerDisplayPage,
    pairingStore: createPairingFile(join(dirname(options.booksPath), DISPLAY_PAIRING_FILE)),
    renewPairingCode: () => {
      const renewed = settings.newPairingCode()
      return renewed.ok ? renewed.value : null
    },
    onPairingChanged: ({ paused }) => events.emit({ type: 'pairing_code_changed', paused })
  })
  await customerDisplay.apply(customerDisplaySettings(settings))
  const displayLogo = await createLogoHandlers({
    display: customerDisplay,
    path: join(dirname(options.booksPath), DISPLAY_LOGO_FILE),
    chooseImage: options.chooseImage
  })
  const printReceipt = createReceiptPrinting({ journal, settings, printer: options.printReceipt })
  // What paid detection, the settler and Check now learn is recorded once, shown on the customer display and told.
  const linkSettled = createLinkSettlement({
    sales,
    journal,
    watchedLinkId: () => watcher.watched(),
    display: customerDisplay,
    emit: (event) => events.emit(event),
    firstPaid: (reference) => {
      if (!settings.getStored().receipt.printOnPaid) return
      void printOnPaid(reference, {
        // In kiosk mode nobody is there to be asked for the PIN a print dialog needs: it prints without one.
        print: (paid) => printReceipt(paid, { noDialog: settings.getStored().kioskMode }),
        report: (event) => events.emit(event),
        reportDefect: (error) => options.reportDefect?.('printReceipt', error)
      })
    }
  })
  const saleOf = (linkId: number) => {
    const sale = journal.byLinkId(linkId)
    return sale && { reference: sale.reference, amountCents: sale.amountCents }
  }
  const watcher = createPaymentWatcher({
    getClient,
    pendingList,
    saleOf,
    onSettled: linkSettled,
    onUnwatched: (linkId) => settler.leftScreen(linkId),
    clock,
    ...(testing.watchIntervalMs ? { watchIntervalMs: testing.watchIntervalMs } : {})
  })
  const settler = createSaleSettler({
    getClient,
    journal,
    pendingList,
    watchedLinkId: () => watcher.watched(),
    onSettled: linkSettled,
    staleAfterMs: () => settings.getPublic().slowCheckAfterHours * 3_600_000,
    ...(testing.settleRoundMs ? { roundMs: testing.settleRoundMs, recentCheckMs: testing.settleRoundMs } : {}),
    reportDefect: (error) => options.reportDefect?.('settler', error),
    clock
  })
  const keepAwake = options.keepAwake ?? { start: () => {}, stop: () => {} }
  const dataFolder = dirname(options.booksPath)
  /** Cancel sale's safe cancel, and what follows it, for a link no cashier is cancelling (expired, stale). */
  const cancelLink = async (linkId: number) => {
    const onScreen = watcher.watched() === linkId
    const cancelled = await sales.cancel(linkId)
    if (cancelled.ok) watcher.forget(linkId)
    if (cancelled.ok && onScreen) customerDisplay.linkClosed()
    pendingList.invalidate()
    return cancelled
  }
  // Another environment or key is another account: the links held are not its links, the totals not its totals, and
  // a QR on screen is not its link (its paid detection would ask the new account about an id that means nothing there,
  // a Demo id at live SecPaid).
  const accountOf = () => `${settings.getStored().environment} ${secpaid.connection().apiKey ?? ''}`
  let account = accountOf()
  settings.onChange(() => {
    if (accountOf() === account) return
    account = accountOf()
    linkExpiry.rearm()
    reachability.reset()
    pendingWatch.accountChanged()
    events.emit({ type: 'summary_changed' })
    if (watcher.watched() === null) return
    watcher.unwatch()
    keepAwake.stop()
    customerDisplay.linkClosed()
  })
  let reconciled: Promise<LinkView | null> = Promise.resolve(null)
  const waiting = createWaitingSales({
    dataFolder,
    settings,
    journal,
    sales,
    settingsLock,
    clock,
    emit: (event) => events.emit(event),
    cancelLink,
    reportDefect: (error) => options.reportDefect?.('cancelSale', error)
  })
  const { linkExpiry } = waiting
  const history = createHistoryIndex(journal)
  const books = createBooksHandlers({
    journal,
    history,
    // A refund is the cashier's action with the customer waiting, as urgent as a charge; the day close pages
    // through SecPaid's record behind the QR on screen.
    refunds: createRefundService({ getClient: () => getClient('charge'), journal, now: () => new Date() }),
    getClient: () => getClient('settle'),
    settingsLock,
    pinSet: () => settings.getStored().settingsPin !== null,
    cashierNames: () => (staff.enabled() ? staff.names() : null),
    output: options.fileOutput
  })
  const booksCare = createBooksCare({
    dataFolder,
    chooseFolder: options.chooseFolder,
    runJob: options.runBooksJob,
    supplier: () => {
      const { name, address } = settings.getStored().shop
      return { name, location: address.replaceAll('\n', ', ') }
    },
    reportDefect: (error) => options.reportDefect?.('backupNow', error)
  })
  // Books too big to check before the first sale are checked now, off the main thread; damage blocks Charge.
  if (journal.quickCheckDue()) {
    void (options.runBooksJob ?? runOnThisThread)({ kind: 'quick_check', dataFolder: dirname(options.booksPath) })
      .then((done) => journal.quickCheckDone(done.kind === 'quick_check' ? done.findings : null))
      .catch((error: unknown) => options.reportDefect?.('verifyBooks', error))
  }
  const handlers = createCounterHandlers({
    // The local day (today's summary, a product sold out today) is the backend's clock's.
    now: () => new Date(clock.now()),
    settings,
    getClient,
    sales,
    journal,
    watcher,
    pendingList,
    settingsLock,
    staff,
    keepAwake,
    customerDisplay,
    displayLogo,
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
    printReceipt,
    books: {
      ...books,
      // A day close shows the chain's head at closing, then backs up into the owner's folder (when one is chosen).
      dayClose: async (request) => {
        const closed = await books.dayClose(request)
        if (!closed.ok) return closed
        // The closing row's head; the chain's head as it stands when the row could not be written (read-only books).
        const report = { ...closed.value, chainHead: closed.value.chainHead ?? booksCare.chainHead() }
        booksCare.autoBackup('day_close')
        return { ok: true, value: report }
      }
    },
    booksCare: booksCare.handlers,
    about: createAboutHandlers({
      settings,
      tillsInBooks: () => journal.tills(),
      backupStatus: () => booksCare.status(),
      dataFolder: dirname(options.booksPath),
      version: options.appVersion ?? UNKNOWN_VERSION,
      output: options.fileOutput
    }).handlers,
    parking: waiting.parking,
    expiry: waiting.expiry,
    ...(options.reportDefect ? { reportDefect: options.reportDefect } : {}),
    linkCheck: createLinkCheck({
      // The customer says they paid and waits: as urgent as a charge.
      getClient: () => getClient('charge'),
      saleOf: (reference) => journal.get(reference),
      onSettled: (linkId, status, reference) => watcher.learned(linkId, status, reference)
    })
  })

  const uncertainRecheck = createUncertainSaleRecheck({
    clock,
    ready: () => reconciled,
    uncertainSale: () => sales.uncertainSale(),
    resolve: async (reference) => {
      const resolved = await sales.resolve(reference)
      pendingList.invalidate()
      return resolved
    },
    onChecked: (reference, cause) => events.emit({ type: 'uncertain_sale', reference, cause }),
    reportDefect: (error) => options.reportDefect?.('resolveSale', error)
  })

  return {
    handlers,
    settings,
    sales,
    customerDisplay,
    events,
    demoSecPaid: () => demo.current(),
    requestFigures: () => secpaid.figures(),
    lockSettings: () => settingsLock.lock(),
    reconcile() {
      reconciled = sales
        .reconcileOpenSales()
        .then((settled) => settled.filter((sale) => sale.state === 'waiting').at(-1) ?? null)
      // Sales a crash left open are settled first; then every open sale is watched in the background, and a link
      // whose time ran out while the app was closed is cancelled (safely: a paid one stays paid).
      return reconciled.then(() => {
        settler.start()
        linkExpiry.start()
      })
    },
    async close() {
      // Best effort: a backup that fails is remembered and shown in Settings at the next start; quitting goes on.
      booksCare.autoBackup('quit')
      linkExpiry.stop()
      watcher.stop()
      pendingWatch.stop()
      summaryWatch.stop()
      uncertainRecheck.stop()
      secpaid.close()
      settler.stop()
      history.close()
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
    demo: settings.getPublic().demo,
    idleMessage: stored.customerScreen.idleMessage,
    wifiPayload: stored.customerScreen.wifi.show ? wifiPayload(stored.customerScreen.wifi) : null
  }
}
