import { type Mock, vi } from 'vitest'

import {
  type Channel,
  CHANNEL_NAMES,
  type ConnectionProblem,
  type ConnectionStatus,
  type CounterApi,
  type CounterEvent,
  type CounterEventListener,
  type CustomerDisplayInfo,
  type IpcResult,
  type JournalStatus,
  type LinkView,
  type PublicSettings,
  type QuotedLine,
  type ReceiptData,
  type SaleComposition,
  type SaleQuote,
  type SettingsLimits,
  type StaffView,
  type TodaySummary
} from '../../../src-preload/contract'
import { localDay } from '../../../src-preload/contract/locale'
import { defaultEditableSettings } from '../../../src-preload/contract/settings-defaults'
import { SETTINGS_LIMITS } from '../../../src-preload/contract/settings-limits'
import { tipCentsFor, tipOffered } from '../../../src-preload/contract/tip-rule'
import { vatSplit } from '../../../src-preload/contract/vat-rule'

/**
 * `window.counter` as the preload would expose it: every channel a spy answering with a success by default, and
 * `onEvent`; `emit` plays main pushing an event to every subscriber.
 */
export type FakeCounter = { [C in Channel]: Mock<CounterApi[C]> } & {
  onEvent: Mock<CounterApi['onEvent']>
  emit: (event: CounterEvent) => void
}

/** Main's limits as the renderer receives them: the contract's own. */
export const LIMITS: SettingsLimits = SETTINGS_LIMITS

/**
 * Settings as main publishes them for a fresh install (the contract's defaults, main's limits); a test that sets
 * `hasKey` gets the matching key status unless it gives one.
 */
export function publicSettings(overrides: Partial<PublicSettings> = {}): PublicSettings {
  return {
    ...defaultEditableSettings('en'),
    tillId: 'k7q2m',
    hasKey: false,
    keyStatus: overrides.hasKey === true ? { state: 'set', storedAs: 'encrypted' } : { state: 'none' },
    keyStorage: 'encrypted',
    settingsFile: { writable: true },
    demo: true,
    pinSet: false,
    pinWrongTries: { sinceLastCorrect: 0, beforeLastCorrect: 0 },
    repairedAtStart: [],
    limits: LIMITS,
    ...overrides
  }
}

export function saleLink(overrides: Partial<LinkView> = {}): LinkView {
  return {
    linkId: 101,
    reference: 'POS-counter1-20250101-1',
    amountCents: 1234,
    payLink: 'https://pay.example.test/l/101',
    qrImg: 'https://quickchart.io/qr?text=101',
    note: '',
    createdAt: '2025-01-01T09:00:00.000Z',
    state: 'waiting',
    kind: 'Basic',
    ...overrides
  }
}

export function pendingLink(overrides: Partial<LinkView> = {}): LinkView {
  return {
    linkId: 201,
    amountCents: 4999,
    reference: 'POS-counter1-20250101-2',
    note: 'table 4',
    createdAt: '2025-01-01T09:05:00.000Z',
    state: 'waiting',
    kind: 'Basic',
    payLink: 'https://pay.example.test/l/201',
    qrImg: null,
    ...overrides
  }
}

export function todaySummary(overrides: Partial<TodaySummary> = {}): TodaySummary {
  return {
    day: '2025-01-01',
    count: 0,
    totalCents: 0,
    paidCount: 0,
    paidCents: 0,
    pendingCount: 0,
    pendingCents: 0,
    cancelledCount: 0,
    refundCount: 0,
    refundCents: 0,
    ...overrides
  }
}

export function journalStatus(overrides: Partial<JournalStatus> = {}): JournalStatus {
  return { writable: true, errno: null, unwrittenLines: 0, quarantined: null, problem: null, ...overrides }
}

export function customerDisplayInfo(overrides: Partial<CustomerDisplayInfo> = {}): CustomerDisplayInfo {
  return {
    lanUrls: [],
    pairingCode: '482913',
    codeChangesForWrongCodes: 0,
    pairingPaused: false,
    problem: null,
    logo: null,
    ...overrides
  }
}

/** Settings as main would hold them: each successful change answers with everything changed so far. */
export function fakeCounter(settings: PublicSettings = publicSettings()): FakeCounter {
  let saved = settings
  const save = (changes: Partial<PublicSettings>) => {
    saved = { ...saved, ...changes }
    return { ok: true as const, value: saved }
  }
  const listeners = new Set<CounterEventListener>()
  const backupStatus = { folder: null, keep: 10, last: null }
  return {
    onEvent: vi.fn<CounterApi['onEvent']>((listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }),
    emit: (event) => {
      for (const listener of [...listeners]) listener(event)
    },
    getSettings: vi.fn<CounterApi['getSettings']>(async () => ({ ok: true, value: saved })),
    updateSettings: vi.fn<CounterApi['updateSettings']>(async ({ linkDefaults, ...patch }) =>
      save({ ...patch, linkDefaults: { ...saved.linkDefaults, ...linkDefaults } })
    ),
    setApiKey: vi.fn<CounterApi['setApiKey']>(async () =>
      save({ hasKey: true, keyStatus: { state: 'set', storedAs: saved.keyStorage } })
    ),
    removeApiKey: vi.fn<CounterApi['removeApiKey']>(async () => save({ hasKey: false, keyStatus: { state: 'none' } })),
    testConnection: vi.fn<CounterApi['testConnection']>(async () => ({ ok: true, value: { demo: false } })),
    charge: vi.fn<CounterApi['charge']>(async (request) => {
      if (!('sale' in request)) {
        return { ok: true, value: saleLink({ amountCents: request.amountCents, note: request.note ?? '' }) }
      }
      const quote = fakeQuote(request.sale, saved)
      if (!quote.ok) return quote
      return { ok: true, value: saleLink({ amountCents: quote.value.totalCents, note: request.note ?? '' }) }
    }),
    resolveSale: vi.fn<CounterApi['resolveSale']>(async ({ reference }) => ({
      ok: true,
      value: saleLink({ reference })
    })),
    recoveredSale: vi.fn<CounterApi['recoveredSale']>(async () => ({ ok: true, value: null })),
    uncertainSale: vi.fn<CounterApi['uncertainSale']>(async () => ({ ok: true, value: null })),
    journalStatus: vi.fn<CounterApi['journalStatus']>(async () => ({ ok: true, value: journalStatus() })),
    listPending: vi.fn<CounterApi['listPending']>(async () => ({ ok: true, value: { links: [], complete: true } })),
    watchLink: vi.fn<CounterApi['watchLink']>(async () => ({ ok: true, value: { state: 'waiting' } })),
    unwatchLink: vi.fn<CounterApi['unwatchLink']>(async () => ({ ok: true, value: {} })),
    cancelSale: vi.fn<CounterApi['cancelSale']>(async ({ linkId }) => ({ ok: true, value: { linkId } })),
    changeSale: vi.fn<CounterApi['changeSale']>(async () => ({
      ok: true,
      value: { reference: 'POS-TEST-20261207-0001', charge: { amountCents: 100, note: '' } }
    })),
    todaySummary: vi.fn<CounterApi['todaySummary']>(async () => ({ ok: true, value: todaySummary() })),
    simulatePayment: vi.fn<CounterApi['simulatePayment']>(async ({ linkId }) => ({ ok: true, value: { linkId } })),
    unlockSettings: vi.fn<CounterApi['unlockSettings']>(async () => ({ ok: true, value: { unlocked: true } })),
    lockCounter: vi.fn<CounterApi['lockCounter']>(async () => ({ ok: true, value: {} })),
    lockStatus: vi.fn<CounterApi['lockStatus']>(async () => ({ ok: true, value: { counterLocked: false } })),
    lockSettings: vi.fn<CounterApi['lockSettings']>(async () => ({ ok: true, value: {} })),
    setSettingsPin: vi.fn<CounterApi['setSettingsPin']>(async ({ pin }) => save({ pinSet: pin !== null })),
    quitApp: vi.fn<CounterApi['quitApp']>(async () => ({ ok: true, value: {} })),
    customerDisplayInfo: vi.fn<CounterApi['customerDisplayInfo']>(async () => ({
      ok: true,
      value: customerDisplayInfo()
    })),
    newPairingCode: vi.fn<CounterApi['newPairingCode']>(async () => ({
      ok: true,
      value: customerDisplayInfo({ pairingCode: '105577' })
    })),
    setProductSoldOut: vi.fn<CounterApi['setProductSoldOut']>(async ({ productId, soldOut }) =>
      save({
        products: saved.products.map((product) =>
          product.id === productId ? { ...product, soldOutOn: soldOut ? localDay(new Date()) : '' } : product
        )
      })
    ),
    quoteSale: vi.fn<CounterApi['quoteSale']>(async (composition) => fakeQuote(composition, saved)),
    customerCart: vi.fn<CounterApi['customerCart']>(async () => ({ ok: true, value: {} })),
    chooseDisplayLogo: vi.fn<CounterApi['chooseDisplayLogo']>(async () => ({
      ok: true,
      value: customerDisplayInfo({ logo: { width: 400, height: 200, bytes: 20_480 } })
    })),
    removeDisplayLogo: vi.fn<CounterApi['removeDisplayLogo']>(async () => ({ ok: true, value: customerDisplayInfo() })),
    receiptFor: vi.fn<CounterApi['receiptFor']>(async ({ reference }) => ({
      ok: true,
      value: receiptData({ reference })
    })),
    printReceipt: vi.fn<CounterApi['printReceipt']>(async () => ({ ok: true, value: { printed: true } })),
    salesHistory: vi.fn<CounterApi['salesHistory']>(async () => ({ ok: true, value: { sales: [], nextCursor: null } })),
    saleDetail: vi.fn<CounterApi['saleDetail']>(async ({ reference }) => ({
      ok: false,
      error: { code: 'no_such_sale', reference }
    })),
    refundSale: vi.fn<CounterApi['refundSale']>(async ({ amountCents }) => ({
      ok: true,
      value: { amountCents, full: false, at: '2026-11-02T11:00:00.000Z', state: 'sent', refusal: null }
    })),
    dayClose: vi.fn<CounterApi['dayClose']>(async () => ({ ok: false, error: { code: 'internal' } })),
    salesRows: vi.fn<CounterApi['salesRows']>(async () => ({ ok: true, value: { rows: [] } })),
    saveFile: vi.fn<CounterApi['saveFile']>(async () => ({ ok: true, value: { saved: true } })),
    openCsvFile: vi.fn<CounterApi['openCsvFile']>(async () => ({ ok: true, value: { content: null } })),
    printPage: vi.fn<CounterApi['printPage']>(async () => ({ ok: true, value: { printed: true } })),
    savePageAsPdf: vi.fn<CounterApi['savePageAsPdf']>(async () => ({ ok: true, value: { saved: true } })),
    verifyBooks: vi.fn<CounterApi['verifyBooks']>(async () => ({
      ok: true,
      value: { ok: false, problem: { code: 'no_database' } }
    })),
    exportForAudit: vi.fn<CounterApi['exportForAudit']>(async () => ({ ok: true, value: { exported: false } })),
    backupStatus: vi.fn<CounterApi['backupStatus']>(async () => ({ ok: true, value: backupStatus })),
    backupNow: vi.fn<CounterApi['backupNow']>(async () => ({ ok: true, value: backupStatus })),
    chooseBackupFolder: vi.fn<CounterApi['chooseBackupFolder']>(async () => ({ ok: true, value: backupStatus })),
    setBackupKeep: vi.fn<CounterApi['setBackupKeep']>(async ({ keep }) => ({
      ok: true,
      value: { ...backupStatus, keep }
    })),
    checkNow: vi.fn<CounterApi['checkNow']>(async () => ({
      ok: true,
      value: { state: 'waiting', checkedAt: new Date().toISOString() }
    })),
    aboutApp: vi.fn<CounterApi['aboutApp']>(async () => ({
      ok: true,
      value: { version: '1.2.3', dataFolder: '/home/owner/.config/secpaid-counter' }
    })),
    exportProcedureDescription: vi.fn<CounterApi['exportProcedureDescription']>(async () => ({
      ok: true,
      value: { saved: true }
    })),
    staffStatus: vi.fn<CounterApi['staffStatus']>(async () => ({ ok: true, value: NO_STAFF })),
    signIn: vi.fn<CounterApi['signIn']>(async () => ({ ok: true, value: { unlocked: true } })),
    signOut: vi.fn<CounterApi['signOut']>(async () => ({ ok: true, value: NO_STAFF })),
    saveCashier: vi.fn<CounterApi['saveCashier']>(async () => ({ ok: false, error: { code: 'staff_needs_pin' } })),
    removeCashier: vi.fn<CounterApi['removeCashier']>(async () => ({ ok: true, value: NO_STAFF })),
    parkSale: vi.fn<CounterApi['parkSale']>(async () => ({ ok: false, error: { code: 'internal' } })),
    parkedSales: vi.fn<CounterApi['parkedSales']>(async () => ({ ok: true, value: { sales: [] } })),
    resumeParkedSale: vi.fn<CounterApi['resumeParkedSale']>(async () => ({
      ok: false,
      error: { code: 'no_such_parked_sale' }
    })),
    discardParkedSale: vi.fn<CounterApi['discardParkedSale']>(async ({ id }) => ({ ok: true, value: { id } })),
    linkExpiry: vi.fn<CounterApi['linkExpiry']>(async ({ linkId }) => ({
      ok: true,
      value: { linkId, expiresAt: null, msLeft: null, extendMinutes: 0 }
    })),
    extendLinkExpiry: vi.fn<CounterApi['extendLinkExpiry']>(async ({ linkId }) => ({
      ok: false,
      error: { code: 'link_not_expiring', linkId }
    })),
    staleLinks: vi.fn<CounterApi['staleLinks']>(async () => ({ ok: true, value: { links: [] } })),
    cancelStaleLinks: vi.fn<CounterApi['cancelStaleLinks']>(async () => ({
      ok: true,
      value: { cancelled: 0, paid: 0, failed: 0 }
    }))
  }
}

/** A shop without cashiers, as main answers `staffStatus`: the owner alone, always signed in. */
const NO_STAFF: StaffView = {
  enabled: false,
  cashiers: [],
  signedIn: {
    id: 'owner',
    name: null,
    permissions: ['typedAmount', 'discount', 'cancel', 'refund', 'reprint', 'dayClose', 'export', 'settings']
  }
}

/** A paid sale's receipt as main would answer it. */
export function receiptData(overrides: Partial<ReceiptData> = {}): ReceiptData {
  return {
    reference: 'POS-abcde-20250101-0001',
    linkId: 99290,
    createdAt: '2025-01-01T10:00:00.000Z',
    paidAt: '2025-01-01T10:01:00.000Z',
    shop: { name: 'Café Blau', address: 'Hauptstraße 1\n10115 Berlin', vatId: 'DE123456789' },
    paper: 'mm80',
    items: [{ productId: 'coffee', name: 'Coffee', unitCents: 250, quantity: 2, totalCents: 500 }],
    subtotalCents: 500,
    tipCents: 50,
    tipKind: 'shop',
    totalCents: 550,
    note: '',
    refund: null,
    vat: { exempt: false, rates: [{ ratePercent: 19, grossCents: 500, netCents: 420, vatCents: 80 }] },
    taxNumber: '',
    ...overrides
  }
}

/**
 * A stand-in for main's quote (src-main/basket/quote-sale.ts, tested there): each product line priced from the
 * settings the fake holds (as main prices from its own), line totals, subtotal, and the tip by the contract's rule
 * (offered or not, and what it comes to). Tests that need main's other refusals answer their own.
 */
function fakeQuote({ lines, tip }: SaleComposition, settings: PublicSettings): IpcResult<SaleQuote> {
  const quoted: QuotedLine[] = []
  for (const line of lines) {
    if (line.kind === 'amount') {
      const vatRate = line.vatRate ?? settings.tax.defaultRate
      quoted.push({ kind: 'amount', amountCents: line.amountCents, totalCents: line.amountCents, vatRate })
      continue
    }
    const product = settings.products.find((candidate) => candidate.id === line.productId)
    if (product === undefined) return { ok: false, error: { code: 'unknown_product', productId: line.productId } }
    if (product.soldOutOn === localDay(new Date())) {
      return { ok: false, error: { code: 'product_sold_out', productId: product.id } }
    }
    const { name, priceCents: unitCents } = product
    const vatRate = product.vatRate ?? settings.tax.defaultRate
    quoted.push({ ...line, name, unitCents, totalCents: unitCents * line.quantity, vatRate })
  }
  if (!tipOffered(tip, settings.tips)) return { ok: false, error: { code: 'tip_not_offered' } }
  const subtotalCents = quoted.reduce((sum, line) => sum + line.totalCents, 0)
  const tipCents = tipCentsFor(subtotalCents, tip)
  const vat = vatSplit({ lines: quoted, tipCents, tipIsRevenue: false, tax: settings.tax })
  return { ok: true, value: { lines: quoted, subtotalCents, tipCents, totalCents: subtotalCents + tipCents, vat } }
}

/** Stands where the preload's `contextBridge.exposeInMainWorld('counter', …)` would. */
/** Calls main answers by asking SecPaid: after each, main tells whether SecPaid was reached (its `connection` event). */
const SECPAID_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'charge',
  'resolveSale',
  'listPending',
  'cancelSale',
  'changeSale',
  'testConnection',
  'checkNow'
])

/** Reasons that mean the till has no network (or no DNS), as main's `connection-problem.ts` sorts them. */
const NO_NETWORK = new Set(['offline', 'unresolved', 'no_route'])

/** What main's reachability learns from a SecPaid call's answer: a new problem, none (a good answer), or nothing. */
function problemAfter(result: IpcResult<unknown>): { problem: ConnectionProblem | null } | null {
  if (result.ok) return { problem: null }
  const error = result.error.code === 'outcome_unknown' ? result.error.cause : result.error
  switch (error.code) {
    case 'unreachable':
      return NO_NETWORK.has(error.reason)
        ? { problem: { kind: 'no_network', reason: error.reason as 'offline' } }
        : { problem: { kind: 'secpaid_unreachable', reason: error.reason as 'refused' } }
    case 'timeout':
      return { problem: { kind: 'timeout', seconds: error.seconds } }
    case 'key_rejected':
      return { problem: { kind: 'key_refused', httpStatus: error.httpStatus } }
    case 'rate_limited':
      return {
        problem: {
          kind: 'rate_limited',
          retryAt:
            error.retryAfterSeconds === null
              ? null
              : new Date(Date.now() + error.retryAfterSeconds * 1000).toISOString()
        }
      }
    case 'secpaid_error':
      return { problem: { kind: 'server_error', httpStatus: error.httpStatus } }
    case 'bad_answer':
      return { problem: { kind: 'bad_answer', httpStatus: error.httpStatus } }
    case 'secpaid_refused':
      return { problem: null }
    default:
      return null
  }
}

/**
 * Stands where the preload's `contextBridge.exposeInMainWorld('counter', …)` would. Like main, it announces the
 * connection when a SecPaid call's answer changes it: unreachable and timeout mean offline, any answer online, and
 * what failed (main's own rule is tested in tests/main/secpaid/reachability.test.ts).
 */
export function installCounter(counter: FakeCounter): FakeCounter {
  let told: ConnectionStatus = { online: true, problem: null, lastAnswerAt: null }
  let lastAnswerAt: string | null = null
  const exposed: Record<string, unknown> = { onEvent: counter.onEvent }
  for (const channel of CHANNEL_NAMES) {
    exposed[channel] = async (request: never) => {
      const result = (await counter[channel](request)) as IpcResult<unknown>
      const learned = SECPAID_CHANNELS.has(channel) ? problemAfter(result) : null
      if (learned !== null) {
        if (learned.problem === null) lastAnswerAt = new Date().toISOString()
        const online = result.ok || (result.error.code !== 'unreachable' && result.error.code !== 'timeout')
        const next = { online, problem: learned.problem, lastAnswerAt }
        if (next.online !== told.online || JSON.stringify(next.problem) !== JSON.stringify(told.problem)) {
          told = next
          counter.emit({ type: 'connection', ...next })
        }
      }
      return result
    }
  }
  Object.defineProperty(window, 'counter', { value: exposed, configurable: true, writable: true })
  return counter
}

/** A promise the test settles by hand, to hold a call "in flight". */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}
