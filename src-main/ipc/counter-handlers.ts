import type { Channel, IpcResult, LinkView, OpenSale, RequestOf, ResponseOf } from '../../src-preload/contract'
import type { CustomerDisplayService } from '../customer-display/customer-display-service'
import type { PaymentWatcher } from '../sale/payment-watcher'
import { pendingLinkView } from '../sale/link-view'
import type { SaleJournal } from '../sale/sale-journal'
import { saleDay } from '../sale/sale-reference'
import type { SaleService } from '../sale/sale-service'
import { salesToCsv } from '../sale/sales-csv'
import { summarizeDay } from '../sale/sales-summary'
import type { SecPaidClient } from '../secpaid/types'
import type { SettingsLock } from '../settings/settings-lock'
import type { SettingsService } from '../settings/settings-service'
import { fail, fromSecPaidError, mapSecPaid, succeed } from './ipc-result'
import { requestSchemas, schemaRefusal } from './request-schemas'

export interface CounterHandlerDeps {
  settings: SettingsService
  /** The client for the current environment (simulator in Demo mode). */
  getClient: () => SecPaidClient
  /** Marks a link paid on the built-in simulator; false when it holds no such pending link. */
  simulatePayment: (linkId: number) => boolean
  sales: SaleService
  journal: SaleJournal
  watcher: PaymentWatcher
  settingsLock: SettingsLock
  /** Keeps the display on while a customer may be scanning a QR. */
  keepAwake: { start(): void; stop(): void }
  /** Settings the window must apply at once (kiosk mode, customer display). */
  onSettingsChanged: () => Promise<void>
  quitApp: () => void
  customerDisplay: CustomerDisplayService
  /** Sales that got their link while reconciling at start-up; the newest is shown again once. */
  takeRecoveredSale: () => Promise<LinkView | null>
  /** The sale whose outcome is unknown, once start-up reconciling is done. */
  uncertainSale: () => Promise<OpenSale | null>
  /** A defect in a handler: logged by main, answered as `internal`. */
  reportDefect?: (channel: Channel, error: unknown) => void
  now?: () => Date
}

export type CounterHandlers = {
  [C in Channel]: (request: unknown) => Promise<IpcResult<ResponseOf<C>>>
}

/** What only the owner may do once a PIN is set: change settings, the key or the PIN, or leave the app. */
const OWNER_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'updateSettings',
  'setApiKey',
  'removeApiKey',
  'setSettingsPin',
  'quitApp',
  'customerDisplayInfo',
  'newPairingCode'
])

type TrustedHandlers = {
  [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
}

const DEFAULT_LIST_LIMIT = 50

/**
 * The main process's answers to the renderer. Every argument arrives as `unknown` and is checked against
 * its channel's schema before anything else runs, so a malformed call never reaches SecPaid.
 */
export function createCounterHandlers(deps: CounterHandlerDeps): CounterHandlers {
  const { settings, getClient, sales, watcher, journal } = deps
  const now = deps.now ?? (() => new Date())
  const toView = (link: Parameters<typeof pendingLinkView>[0]) => pendingLinkView(link, journal.byLinkId(link.id))

  // Settings that may change the environment or key also drop the shared pending list, which belongs to the old one.
  const trusted: TrustedHandlers = {
    getSettings: async () => succeed(settings.getPublic()),
    updateSettings: async (patch) => {
      const updated = settings.update(patch)
      watcher.invalidate()
      await deps.onSettingsChanged()
      return succeed(updated)
    },
    setApiKey: async ({ apiKey }) => {
      watcher.invalidate()
      return succeed(settings.setApiKey(apiKey.trim()))
    },
    removeApiKey: async () => {
      watcher.invalidate()
      return succeed(settings.removeApiKey())
    },
    testConnection: async () =>
      mapSecPaid(await getClient().getMyUnusedLinks({ limit: 1 }), () => ({ demo: settings.getPublic().demo })),
    charge: async (request) => {
      const maxAmountCents = settings.getPublic().maxAmountCents
      if (request.amountCents > maxAmountCents) return fail({ code: 'amount_above_maximum', maxAmountCents })
      const charged = await sales.charge(request)
      watcher.invalidate()
      return charged
    },
    resolveSale: async ({ reference }) => {
      const resolved = await sales.resolve(reference)
      watcher.invalidate()
      return resolved
    },
    recoveredSale: async () => succeed(await deps.takeRecoveredSale()),
    uncertainSale: async () => succeed(await deps.uncertainSale()),
    journalStatus: async () => succeed(journal.status()),
    listPending: async ({ search, limit = DEFAULT_LIST_LIMIT }) => {
      // The sidebar's plain refresh shares paid detection's list call; a search must ask SecPaid itself.
      const term = search?.trim() ?? ''
      if (term === '') {
        const listed = await watcher.pendingLinks()
        return listed.ok ? succeed(listed.links.slice(0, limit).map(toView)) : fromSecPaidError(listed.error)
      }
      return mapSecPaid(await getClient().getMyUnusedLinks({ limit, search: term }), (links) => links.map(toView))
    },
    watchLink: async ({ linkId }) => {
      watcher.watch(linkId)
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
      const cancelled = await sales.cancel(linkId)
      if (cancelled.ok) {
        watcher.forget(linkId)
        deps.customerDisplay.linkClosed()
      } else if (cancelled.error.code === 'already_paid') {
        // Paid, so no longer waiting: the next sidebar refresh must not be served the list that still held it.
        watcher.invalidate()
      }
      return cancelled
    },
    todaySummary: async () => succeed(summarizeDay(journal.all(), saleDay(now()))),
    exportSalesCsv: async () =>
      succeed({ fileName: `secpaid-counter-sales-${saleDay(now())}.csv`, csv: salesToCsv(journal.all()) }),
    unlockSettings: async ({ pin }) => succeed(deps.settingsLock.unlock(pin)),
    lockSettings: async () => {
      deps.settingsLock.lock()
      return succeed({})
    },
    setSettingsPin: async ({ pin }) => {
      const updated = settings.setPin(pin)
      // The owner who just chose the PIN stays in settings instead of being asked for it at once.
      if (pin !== null) deps.settingsLock.unlock(pin)
      return succeed(updated)
    },
    quitApp: async () => {
      deps.quitApp()
      return succeed({})
    },
    customerDisplayInfo: async () => succeed(deps.customerDisplay.info()),
    newPairingCode: async () => {
      settings.newPairingCode()
      await deps.onSettingsChanged()
      return succeed(deps.customerDisplay.info())
    },
    simulatePayment: async ({ linkId }) => {
      if (!settings.getPublic().demo) return fail({ code: 'not_demo' })
      if (!deps.simulatePayment(linkId)) return fail({ code: 'no_such_demo_link', linkId })
      watcher.invalidate()
      return succeed({ linkId })
    }
  }

  const checked = {} as Record<Channel, (request: unknown) => Promise<IpcResult<unknown>>>
  for (const channel of Object.keys(trusted) as Channel[]) {
    const handle = trusted[channel] as (request: unknown) => Promise<IpcResult<unknown>>
    checked[channel] = async (request) => {
      if (!isPlainObject(request)) return fail({ code: 'invalid_request', field: null })
      if (OWNER_CHANNELS.has(channel) && !deps.settingsLock.isUnlocked()) return fail({ code: 'locked' })
      const parsed = requestSchemas[channel].safeParse(request)
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
