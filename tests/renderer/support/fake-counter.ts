import { vi, type Mock } from 'vitest'
import type { Channel, CounterApi, PendingLinkView, PublicSettings, SaleLink } from '../../../src-preload/contract'

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

export function fakeCounter(settings: PublicSettings = publicSettings()): FakeCounter {
  return {
    getSettings: vi.fn<CounterApi['getSettings']>(async () => ({ ok: true, value: settings })),
    updateSettings: vi.fn<CounterApi['updateSettings']>(async () => ({ ok: true, value: settings })),
    setApiKey: vi.fn<CounterApi['setApiKey']>(async () => ({ ok: true, value: { ...settings, hasKey: true } })),
    removeApiKey: vi.fn<CounterApi['removeApiKey']>(async () => ({ ok: true, value: { ...settings, hasKey: false } })),
    testConnection: vi.fn<CounterApi['testConnection']>(async () => ({ ok: true, value: { demo: false } })),
    charge: vi.fn<CounterApi['charge']>(async ({ amountCents, note }) => ({
      ok: true,
      value: saleLink({ amountCents, note: note ?? '' })
    })),
    listPending: vi.fn<CounterApi['listPending']>(async () => ({ ok: true, value: [] })),
    simulatePayment: vi.fn<CounterApi['simulatePayment']>(async ({ linkId }) => ({ ok: true, value: { linkId } }))
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
