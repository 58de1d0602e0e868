import { vi, type Mock } from 'vitest'
import type {
  Channel,
  CounterApi,
  PendingLinkView,
  PublicSettings,
  SaleLink,
  TodaySummary,
  CustomerDisplayInfo
} from '../../../src-preload/contract'

/** `window.counter` as the preload would expose it, every channel a spy answering with a success by default. */
export type FakeCounter = { [C in Channel]: Mock<CounterApi[C]> }

export function publicSettings(overrides: Partial<PublicSettings> = {}): PublicSettings {
  return {
    environment: 'demo',
    hasKey: false,
    demo: true,
    linkDefaults: {
      callbackUrl: '',
      paymentEndpoint: '',
      cancellable: true,
      bankTransfer: false,
      bankStatementDescription: '',
      noteTemplate: 'POS-{device}-{yyyyMMdd}-{seq}'
    },
    maxAmountCents: 500_000,
    entryMode: 'cents',
    language: 'en',
    deviceName: 'counter1',
    paidSound: true,
    paidScreenSeconds: 4,
    kioskMode: false,
    pinSet: false,
    customerWindow: false,
    lanDisplay: false,
    lanDisplayPort: 8377,
    repairedAtStart: [],
    ...overrides
  }
}

export function saleLink(overrides: Partial<SaleLink> = {}): SaleLink {
  return {
    linkId: 101,
    reference: 'POS-counter1-20250101-1',
    amountCents: 1234,
    payLink: 'https://pay.example.test/l/101',
    qrImg: 'https://quickchart.io/qr?text=101',
    note: '',
    status: 'created',
    ...overrides
  }
}

export function pendingLink(overrides: Partial<PendingLinkView> = {}): PendingLinkView {
  return {
    linkId: 201,
    amountCents: 4999,
    note: 'POS-counter1-20250101-2 table 4',
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
    ...overrides
  }
}

export function customerDisplayInfo(overrides: Partial<CustomerDisplayInfo> = {}): CustomerDisplayInfo {
  return { lanUrls: [], pairingCode: '482913', problem: null, ...overrides }
}

/** Settings as main would hold them: each successful change answers with everything changed so far. */
export function fakeCounter(settings: PublicSettings = publicSettings()): FakeCounter {
  let saved = settings
  const save = (changes: Partial<PublicSettings>) => {
    saved = { ...saved, ...changes }
    return { ok: true as const, value: saved }
  }
  return {
    getSettings: vi.fn<CounterApi['getSettings']>(async () => ({ ok: true, value: saved })),
    updateSettings: vi.fn<CounterApi['updateSettings']>(async ({ linkDefaults, ...patch }) =>
      save({ ...patch, linkDefaults: { ...saved.linkDefaults, ...linkDefaults } })
    ),
    setApiKey: vi.fn<CounterApi['setApiKey']>(async () => save({ hasKey: true })),
    removeApiKey: vi.fn<CounterApi['removeApiKey']>(async () => save({ hasKey: false })),
    testConnection: vi.fn<CounterApi['testConnection']>(async () => ({ ok: true, value: { demo: false } })),
    charge: vi.fn<CounterApi['charge']>(async ({ amountCents, note }) => ({
      ok: true,
      value: saleLink({ amountCents, note: note ?? '' })
    })),
    resolveSale: vi.fn<CounterApi['resolveSale']>(async ({ reference }) => ({
      ok: true,
      value: saleLink({ reference })
    })),
    recoveredSale: vi.fn<CounterApi['recoveredSale']>(async () => ({ ok: true, value: null })),
    listPending: vi.fn<CounterApi['listPending']>(async () => ({ ok: true, value: [] })),
    watchLink: vi.fn<CounterApi['watchLink']>(async () => ({ ok: true, value: { state: 'pending', online: true } })),
    unwatchLink: vi.fn<CounterApi['unwatchLink']>(async () => ({ ok: true, value: {} })),
    linkStatus: vi.fn<CounterApi['linkStatus']>(async () => ({ ok: true, value: { state: 'pending', online: true } })),
    cancelSale: vi.fn<CounterApi['cancelSale']>(async ({ linkId }) => ({ ok: true, value: { linkId } })),
    todaySummary: vi.fn<CounterApi['todaySummary']>(async () => ({ ok: true, value: todaySummary() })),
    exportSalesCsv: vi.fn<CounterApi['exportSalesCsv']>(async () => ({
      ok: true,
      value: { fileName: 'secpaid-counter-sales-2025-01-01.csv', csv: 'reference,link_id\r\n' }
    })),
    simulatePayment: vi.fn<CounterApi['simulatePayment']>(async ({ linkId }) => ({ ok: true, value: { linkId } })),
    unlockSettings: vi.fn<CounterApi['unlockSettings']>(async () => ({ ok: true, value: { unlocked: true } })),
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
    }))
  }
}

/** Stands where the preload's `contextBridge.exposeInMainWorld('counter', …)` would. */
export function installCounter(counter: FakeCounter): FakeCounter {
  Object.defineProperty(window, 'counter', { value: counter, configurable: true, writable: true })
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
