import {
  type Channel,
  channels,
  type IpcResult,
  type LinkView,
  type OpenSale,
  type PublicSettings,
  type ResponseOf,
  type SaleChange
} from '../../src-preload/contract'
import { quoteSale } from '../basket/quote-sale'
import { saleToCharge } from '../basket/sale-to-charge'
import { markSoldOut } from '../basket/sold-out'
import type { AboutHandlers } from '../books/about-handlers'
import type { BooksCareHandlers } from '../books/books-care'
import type { BooksHandlers } from '../books/books-handlers'
import { localDay } from '../books/local-day'
import { localSpanOf } from '../books/secpaid-dates'
import type { ChannelHandlers } from '../channel-handler'
import { customerCartOf } from '../customer-display/customer-cart'
import type { CustomerDisplayService } from '../customer-display/customer-display-service'
import type { LogoHandlers } from '../customer-display/logo-handlers'
import type { SaleJournal } from '../journal/sale-journal'
import type { ParkingHandlers } from '../parking/parking-handlers'
import { receiptFor } from '../receipts/receipt-data'
import { fail, fromSecPaidError, mapSecPaid, type Result, succeed } from '../result'
import type { ExpiryHandlers } from '../sale/expiry-handlers'
import type { LinkCheck } from '../sale/link-check'
import { pendingLinkView } from '../sale/link-view'
import type { PaymentWatcher } from '../sale/payment-watcher'
import type { PendingList } from '../sale/pending-list'
import { linkElsewhere, saleHere } from '../sale/sale-here'
import { saleDay } from '../sale/sale-reference'
import type { SaleService } from '../sale/sale-service'
import { summarizeDay } from '../sale/sales-summary'
import type { RequestPriority } from '../secpaid/request-scheduler'
import type { SecPaidClient } from '../secpaid/types'
import type { SettingsLock } from '../settings/settings-lock'
import type { SettingsService } from '../settings/settings-service'
import { lacksPermission, mayChargeTypedAmount } from '../staff/permission-refusal'
import { staffHandlers } from '../staff/staff-handlers'
import type { StaffSession } from '../staff/staff-session'
import { ownerGateRefusal } from './owner-gate'
import { schemaRefusal } from './schema-refusal'

interface CounterHandlerDeps {
  settings: SettingsService
  /** The client for the current environment (simulator in Demo mode), its requests queued at `priority`. */
  getClient: (priority: RequestPriority) => SecPaidClient
  /** Marks a link paid on the built-in simulator; false when it holds no such pending link. */
  simulatePayment: (linkId: number) => boolean
  sales: SaleService
  journal: SaleJournal
  watcher: PaymentWatcher
  /** SecPaid's pending links, shared by the sidebar, paid detection and the settler. */
  pendingList: PendingList
  /** The owner's lock, as staff-lock.ts wraps it once there are cashiers. */
  settingsLock: SettingsLock
  /** Who is signed in and what they may do (src-main/staff/); without cashiers, the owner alone. */
  staff: StaffSession
  /** Keeps the display on while a customer may be scanning a QR. */
  keepAwake: { start(): void; stop(): void }
  /** What must follow a settings change at once: Demo's SecPaid, kiosk mode, the customer display. */
  onSettingsChanged: () => Promise<void>
  quitApp: () => void
  customerDisplay: CustomerDisplayService
  /** Sales that got their link while reconciling at start-up; the newest is shown again once. */
  takeRecoveredSale: () => Promise<LinkView | null>
  /** The sale whose outcome is unknown, once start-up reconciling is done. */
  uncertainSale: () => Promise<OpenSale | null>
  /** Prints a paid sale's receipt as Settings say (`receipts/receipt-printing.ts`). */
  printReceipt: (reference: string) => Promise<Result<{ printed: true }>>
  /** A defect in a handler: logged by main, answered as `internal`. */
  reportDefect?: (channel: Channel, error: unknown) => void
  now?: () => Date
  /** History, refunds, day close and the files they save (src-main/books/). */
  books: BooksHandlers
  /** Settings → Customer display: the logo (src-main/customer-display/logo-handlers.ts). */
  displayLogo: LogoHandlers
  /** Settings → Books: the chain check, the export for a tax audit and the backups (src-main/books/books-care.ts). */
  booksCare: BooksCareHandlers
  /** "Check now" on the QR screen. */
  linkCheck: LinkCheck
  /** Settings → About: version, data folder and the procedure description (src-main/books/about-handlers.ts). */
  about: AboutHandlers
  /** Parked sales, and what the keypad holds for them (src-main/parking/). */
  parking: ParkingHandlers & KeypadHooks
  /** Links that expire, and links still waiting after a day (src-main/sale/expiry-handlers.ts). */
  expiry: ExpiryHandlers & { shown(linkId: number): void }
}

/** What the keypad holds between a Change (or a resumed parked sale) and the next charge: kept until charged. */
interface KeypadHooks {
  /** A charge was journaled (or its answer is unknown): the held sale is in the books now. */
  charged(): void
  /** Change put this sale back on the keypad. */
  changed(change: SaleChange): void
}

export type CounterHandlers = {
  [C in Channel]: (request: unknown) => Promise<IpcResult<ResponseOf<C>>>
}

/** How old the shared pending list may be and still answer the sidebar: paid detection refreshes it more often. */
const LIST_FRESH_FOR_MS = 2000
/**
 * While a QR is shown its polls keep the list current, however far apart the request budget spaces them: the sidebar
 * takes the latest poll's list unless polling has stalled this long.
 */
const WATCHED_LIST_FRESH_FOR_MS = 10_000
/** A search answers with at most this many links. */
const SEARCH_LIMIT = 200

/**
 * The main process's answers to the renderer. Every argument arrives as `unknown` and is checked against
 * its channel's schema before anything else runs, so a malformed call never reaches SecPaid.
 */
export function createCounterHandlers(deps: CounterHandlerDeps): CounterHandlers {
  const { settings, getClient, sales, watcher, journal, pendingList } = deps
  const now = deps.now ?? (() => new Date())
  const toView = (link: Parameters<typeof pendingLinkView>[0]) => pendingLinkView(link, journal.byLinkId(link.id))

  // Settings that change the environment or key drop the shared pending list in the backend, which sees every change.
  const trusted: ChannelHandlers = {
    getSettings: async () => succeed(settings.getPublic()),
    updateSettings: async (patch) => {
      const updated = settings.update(patch)
      if (!updated.ok) return updated
      await deps.onSettingsChanged()
      return updated
    },
    setApiKey: async ({ apiKey, storeUnencrypted = false }) => {
      const saved = await settings.setApiKey(apiKey.trim(), { storeUnencrypted })
      if (!saved.ok) return saved
      await deps.onSettingsChanged()
      return saved
    },
    removeApiKey: async () => {
      const removed = settings.removeApiKey()
      if (!removed.ok) return removed
      await deps.onSettingsChanged()
      return removed
    },
    testConnection: async () =>
      mapSecPaid(await getClient('list').getMyUnusedLinks({ limit: 1 }), () => ({ demo: settings.getPublic().demo })),
    charge: async (request) => {
      // Without a usable key Production and Development sell nothing; they never fall back to Demo's simulator.
      const keyMissing = missingKey(settings.getPublic())
      if (keyMissing !== null) return keyMissing
      const typed = !('sale' in request) || request.sale.lines.some((line) => line.kind === 'amount')
      const notAllowed = typed ? mayChargeTypedAmount(deps.staff) : null
      if (notAllowed !== null) return fail(notAllowed)
      const sale = saleToCharge(request, settings.getPublic(), localDay(now()))
      if (!sale.ok) return sale
      const replaces = request.replaces === undefined ? {} : { replaces: request.replaces }
      const charged = await sales.charge({ ...sale.value, ...replaces })
      pendingList.invalidate()
      if (charged.ok || charged.error.code === 'outcome_unknown') deps.parking.charged()
      return charged
    },
    resolveSale: async ({ reference }) => {
      const resolved = await sales.resolve(reference)
      pendingList.invalidate()
      return resolved
    },
    recoveredSale: async () => succeed(await deps.takeRecoveredSale()),
    uncertainSale: async () => succeed(await deps.uncertainSale()),
    journalStatus: async () => succeed(journal.status()),
    listPending: async ({ search }) => {
      // The sidebar's plain refresh shares paid detection's list call; a search must ask SecPaid itself.
      const term = search?.trim() ?? ''
      if (term === '') {
        const answer = await pendingList.get(watcher.watched() === null ? LIST_FRESH_FOR_MS : WATCHED_LIST_FRESH_FOR_MS)
        return answer.ok
          ? succeed({ links: answer.list.links.map(toView), complete: answer.list.complete })
          : fromSecPaidError(answer.error)
      }
      return mapSecPaid(await getClient('list').getMyUnusedLinks({ limit: SEARCH_LIMIT, search: term }), (links) => ({
        links: links.map(toView),
        complete: links.length < SEARCH_LIMIT
      }))
    },
    watchLink: async ({ linkId }) => {
      const elsewhere = linkElsewhere(journal, linkId)
      if (elsewhere !== null) return elsewhere
      watcher.watch(linkId)
      deps.expiry.shown(linkId)
      deps.keepAwake.start()
      deps.customerDisplay.showLink(linkId)
      return succeed({ state: watcher.stateOf(linkId) })
    },
    unwatchLink: async () => {
      watcher.unwatch()
      deps.keepAwake.stop()
      deps.customerDisplay.linkClosed()
      return succeed({})
    },
    cancelSale: async ({ linkId }) => {
      const elsewhere = linkElsewhere(journal, linkId)
      if (elsewhere !== null) return elsewhere
      const cancelled = await sales.cancel(linkId)
      if (cancelled.ok) {
        watcher.forget(linkId)
        deps.customerDisplay.linkClosed('cancelled')
      } else if (cancelled.error.code === 'already_paid') {
        // Paid, so no longer waiting: the next sidebar refresh must not be served the list that still held it.
        pendingList.invalidate()
      }
      return cancelled
    },
    changeSale: async ({ linkId }) => {
      const elsewhere = linkElsewhere(journal, linkId)
      if (elsewhere !== null) return elsewhere
      const changed = await sales.change(linkId)
      if (changed.ok) {
        watcher.forget(linkId)
        deps.customerDisplay.linkClosed('changed')
        deps.parking.changed(changed.value)
      }
      // Cancelled or found paid: either way no longer waiting, so the next sidebar refresh asks SecPaid again.
      if (changed.ok || changed.error.code === 'already_paid') pendingList.invalidate()
      return changed
    },
    todaySummary: async () => {
      const at = now()
      const day = localDay(at)
      // Only what happened today (started, paid, refunded): the summary costs what the day holds, not the years.
      return succeed(summarizeDay(journal.activeIn(localSpanOf(day, day)), saleDay(at)))
    },
    unlockSettings: async ({ pin, purpose = 'settings' }) => {
      const lock = deps.settingsLock
      if (purpose === 'counter') return succeed(lock.unlockCounter(pin))
      const notAllowed = purpose === 'settings' ? lacksPermission(deps.staff, 'settings') : null
      if (notAllowed !== null) return fail(notAllowed)
      return succeed(purpose === 'dialog' ? lock.allowDialog(pin) : lock.unlock(pin))
    },
    lockSettings: async () => {
      deps.settingsLock.lock()
      return succeed({})
    },
    lockCounter: async () => {
      deps.settingsLock.lockCounter()
      return succeed({})
    },
    lockStatus: async () => succeed({ counterLocked: deps.settingsLock.isCounterLocked() }),
    setSettingsPin: async ({ pin }) => {
      // Without the owner's PIN anyone at the counter would be the owner: it stays while there are cashiers.
      if (pin === null && deps.staff.enabled()) return fail({ code: 'staff_needs_pin' })
      const updated = settings.setPin(pin)
      // The owner who just chose the PIN stays in settings instead of being asked for it at once.
      if (updated.ok && pin !== null) deps.settingsLock.unlock(pin)
      return updated
    },
    quitApp: async () => {
      deps.quitApp()
      return succeed({})
    },
    customerDisplayInfo: async () => succeed(deps.customerDisplay.info()),
    newPairingCode: async () => {
      const renewed = settings.newPairingCode()
      if (!renewed.ok) return renewed
      await deps.onSettingsChanged()
      return succeed(deps.customerDisplay.info())
    },
    simulatePayment: async ({ linkId }) => {
      if (!settings.getPublic().demo) return fail({ code: 'not_demo' })
      if (!deps.simulatePayment(linkId)) return fail({ code: 'no_such_demo_link', linkId })
      pendingList.invalidate()
      return succeed({ linkId })
    },
    quoteSale: async (composition) => quoteSale(composition, settings.getPublic(), localDay(now())),
    customerCart: async ({ sale }) => {
      // Main's own pricing of the cashier's choices, or nothing: the customer never sees a figure main did not compute.
      const quote = sale === null ? null : quoteSale(sale, settings.getPublic(), localDay(now()))
      deps.customerDisplay.showCart(quote?.ok ? customerCartOf(quote.value) : null)
      return succeed({})
    },
    setProductSoldOut: async ({ productId, soldOut }) => {
      const updated = markSoldOut(settings, productId, soldOut, localDay(now()))
      if (!updated.ok) return updated
      await deps.onSettingsChanged()
      return updated
    },
    receiptFor: async ({ reference }) => {
      const found = saleHere(journal, reference)
      return found.ok ? receiptFor(reference, found.value, settings.getStored()) : found
    },
    printReceipt: ({ reference }) => deps.printReceipt(reference),
    ...deps.books,
    ...deps.booksCare,
    ...deps.about,
    ...deps.displayLogo,
    parkSale: deps.parking.parkSale,
    parkedSales: deps.parking.parkedSales,
    resumeParkedSale: deps.parking.resumeParkedSale,
    discardParkedSale: deps.parking.discardParkedSale,
    linkExpiry: deps.expiry.linkExpiry,
    extendLinkExpiry: deps.expiry.extendLinkExpiry,
    staleLinks: deps.expiry.staleLinks,
    cancelStaleLinks: deps.expiry.cancelStaleLinks,
    checkNow: async ({ reference }) => {
      const found = saleHere(journal, reference)
      return found.ok ? deps.linkCheck.check(reference) : found
    },
    ...staffHandlers(deps.staff)
  }

  const checked = {} as Record<Channel, (request: unknown) => Promise<IpcResult<unknown>>>
  for (const channel of Object.keys(trusted) as Channel[]) {
    const handle = trusted[channel] as (request: unknown) => Promise<IpcResult<unknown>>
    checked[channel] = async (request) => {
      if (!isPlainObject(request)) return fail({ code: 'invalid_request', field: null })
      const refusal = ownerGateRefusal(channel, deps.settingsLock, settings.getStored(), deps.staff)
      if (refusal !== null) return fail(refusal)
      const parsed = channels[channel].request.safeParse(request)
      if (!parsed.success) return fail(schemaRefusal(parsed.error))
      try {
        return await handle(parsed.data)
      } catch (error) {
        deps.reportDefect?.(channel, error)
        return fail({ code: 'internal' })
      }
    }
  }
  return checked as CounterHandlers
}

/** Production or Development without a usable key: why a charge is refused before anything is journaled or sent. */
function missingKey(settings: PublicSettings): Result<never> | null {
  if (settings.demo || settings.hasKey) return null
  return fail({ code: settings.keyStatus.state === 'undecryptable' ? 'key_undecryptable' : 'no_key' })
}

/** Structured clone carries Dates, Maps and class instances across IPC; a schema would take them for empty objects. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/** Routes a call by channel name, refusing names that are not in the contract. */
export function dispatchCounterCall(
  handlers: CounterHandlers,
  channel: unknown,
  request: unknown
): Promise<IpcResult<unknown>> {
  if (typeof channel !== 'string' || !Object.hasOwn(handlers, channel)) {
    return Promise.resolve(fail({ code: 'invalid_request', field: null }))
  }
  return handlers[channel as Channel](request)
}
