import type {
  Channel,
  IpcResult,
  PendingLinkView,
  PublicSettings,
  RequestOf,
  ResponseOf,
  SaleLink
} from '../../src-preload/contract'
import type { CustomerDisplayService } from '../customer-display/customer-display-service'
import type { SettingsLock } from '../settings/settings-lock'
import type { PendingLink, SecPaidClient } from '../secpaid/types'
import type { SettingsService } from '../settings/settings-service'
import type { PaymentWatcher } from '../sale/payment-watcher'
import { salesToCsv } from '../sale/sales-csv'
import type { SaleService } from '../sale/sale-service'
import { summarizeDay } from '../sale/sales-summary'
import { saleDay } from '../sale/sale-reference'
import type { SaleJournal } from '../sale/sale-journal'
import { fail, fromSecPaidError, mapSecPaid, succeed } from './ipc-result'
import { describeSchemaError, requestSchemas } from './request-schemas'

export interface CounterHandlerDeps {
  settings: SettingsService
  /** The client for the current environment (simulator in Demo mode). */
  getClient: () => SecPaidClient
  /** Marks a link paid on the built-in simulator; only present in Demo mode. */
  simulatePayment: ((linkId: number) => boolean) | null
  sales: SaleService
  journal: SaleJournal
  watcher: PaymentWatcher
  settingsLock: SettingsLock
  /** Keeps the display on while a customer may be scanning a QR. */
  keepAwake: { start(): void; stop(): void }
  /** Settings the window must apply at once (kiosk mode). */
  onSettingsChanged: (settings: PublicSettings) => Promise<void>
  quitApp: () => void
  customerDisplay: CustomerDisplayService
  /** Sales that got their link while reconciling at start-up; the newest is shown again once. */
  takeRecoveredSale: () => Promise<SaleLink | null>
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

/**
 * The main process's answers to the renderer. Every argument arrives as `unknown` and is checked against
 * its channel's schema before anything else runs, so a malformed call never reaches SecPaid.
 */
export function createCounterHandlers(deps: CounterHandlerDeps): CounterHandlers {
  const { settings, getClient, sales, watcher, journal } = deps
  const now = deps.now ?? (() => new Date())
  const linkStatus = (linkId: number) => ({ state: watcher.stateOf(linkId), online: watcher.online() })

  // Settings that may change the environment or key also drop the shared pending list, which belongs to the old one.
  const trusted: TrustedHandlers = {
    getSettings: async () => succeed(settings.getPublic()),
    updateSettings: async (patch) => {
      const updated = settings.update(patch)
      watcher.invalidate()
      await deps.onSettingsChanged(updated)
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
      if (request.amountCents > maxAmountCents) {
        return fail('invalid_request', `amountCents must be at most the configured maximum of ${maxAmountCents} cents`)
      }
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
    listPending: async ({ search, limit }) => {
      // The sidebar's plain refresh shares paid detection's list call; a search must ask SecPaid itself.
      const listed =
        search === undefined || search.trim() === ''
          ? await watcher.pendingLinks()
          : await getClient()
              .getMyUnusedLinks({ limit: limit ?? 50, search: search.trim() })
              .then((result) => (result.ok ? { ok: true as const, links: result.value } : result))
      if (!listed.ok) return fromSecPaidError(listed.error)
      return succeed(listed.links.slice(0, limit ?? 50).map(toPendingLinkView))
    },
    watchLink: async ({ linkId }) => {
      watcher.watch(linkId)
      deps.keepAwake.start()
      deps.customerDisplay.showLink(linkId)
      return succeed(linkStatus(linkId))
    },
    unwatchLink: async () => {
      watcher.unwatch()
      deps.keepAwake.stop()
      deps.customerDisplay.linkClosed()
      return succeed({})
    },
    linkStatus: async ({ linkId }) => succeed(linkStatus(linkId)),
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
      await deps.onSettingsChanged(settings.getPublic())
      return succeed(deps.customerDisplay.info())
    },
    simulatePayment: async ({ linkId }) => {
      if (deps.simulatePayment === null || !settings.getPublic().demo) {
        return fail('not_demo', 'Simulated payments exist only in Demo mode.')
      }
      if (!deps.simulatePayment(linkId)) return fail('api', `No pending demo link with id ${linkId}.`)
      watcher.invalidate()
      return succeed({ linkId })
    }
  }

  const checked = {} as Record<Channel, (request: unknown) => Promise<IpcResult<unknown>>>
  for (const channel of Object.keys(trusted) as Channel[]) {
    const handle = trusted[channel] as (request: unknown) => Promise<IpcResult<unknown>>
    checked[channel] = async (request) => {
      if (!isPlainObject(request)) return fail('invalid_request', 'The request must be a plain object.')
      if (OWNER_CHANNELS.has(channel) && !deps.settingsLock.isUnlocked()) {
        return fail('locked', 'Settings are locked. Enter the PIN to change them.')
      }
      const parsed = requestSchemas[channel].safeParse(request)
      if (!parsed.success) return fail('invalid_request', describeSchemaError(parsed.error))
      try {
        return await handle(parsed.data)
      } catch (error) {
        return fail(
          'internal',
          `Something went wrong in the app: ${error instanceof Error ? error.message : String(error)}`
        )
      }
    }
  }
  return checked as CounterHandlers
}

function toPendingLinkView(link: PendingLink): PendingLinkView {
  return {
    linkId: link.id,
    amountCents: link.amountCents,
    note: link.recipientNote ?? '',
    kind: link.isSplitLink || link.transactionType === 'Split' ? 'Split' : 'Basic',
    payLink: link.payLink,
    qrImg: link.qrImg
  }
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
    return Promise.resolve(fail('invalid_request', `Unknown channel: ${String(channel).slice(0, 60)}`))
  }
  return handlers[channel as Channel](request)
}
