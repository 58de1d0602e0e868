import { EventEmitter } from 'node:events'

import { describe, expect, it, vi } from 'vitest'

import { CHANNEL_NAMES, type CounterApi, type CounterEvent, EVENT_CHANNEL } from '../../src-preload/contract'

const exposed = new Map<string, Record<string, unknown>>()
const invocations: unknown[][] = []
const fromMain = new EventEmitter()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: Record<string, never>) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invocations.push(args)
      if (args[0] === 'counter:testConnection') throw new Error('main process gone')
      return { ok: true, value: null }
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => fromMain.on(channel, listener),
    off: (channel: string, listener: (...args: unknown[]) => void) => fromMain.off(channel, listener)
  }
}))

await import('../../src-preload/index')

const counter = () => exposed.get('counter') as unknown as CounterApi
/** Main sends an event: Electron calls the listener with its event object first, then the payload. */
const sendFromMain = (payload: unknown) => fromMain.emit(EVENT_CHANNEL, { sender: 'electron event object' }, payload)

const OFFLINE: CounterEvent = {
  type: 'connection',
  online: false,
  problem: { kind: 'secpaid_unreachable', reason: 'dropped' },
  lastAnswerAt: '2026-12-07T14:32:05.000Z'
}

describe('preload (electron mocked)', () => {
  it('exposes exactly one object, window.counter', () => {
    expect([...exposed.keys()]).toEqual(['counter'])
  })

  it('exposes one function per contract channel and onEvent, nothing more: no key getter, no raw ipcRenderer', () => {
    const api = exposed.get('counter')!
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onEvent'].sort())
    expect(Object.keys(api).some((name) => /key/i.test(name) && name !== 'setApiKey' && name !== 'removeApiKey')).toBe(
      false
    )
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('forwards a call on its namespaced channel with exactly one argument', async () => {
    const api = exposed.get('counter')!
    await (api.charge as (...args: unknown[]) => Promise<unknown>)({ amountCents: 500 }, 'extra', 'args')
    expect(invocations.at(-1)).toEqual(['counter:charge', { amountCents: 500 }])
  })

  it('turns a broken IPC transport into an error value instead of a rejection', async () => {
    await expect(counter().testConnection({})).resolves.toEqual({ ok: false, error: { code: 'main_unreachable' } })
  })

  it('hands each event main sends to every subscriber, without Electron’s event object, until it unsubscribes', () => {
    const first: CounterEvent[] = []
    const second: CounterEvent[] = []
    const stopFirst = counter().onEvent((event) => first.push(event))
    const stopSecond = counter().onEvent((event) => second.push(event))
    sendFromMain({ type: 'link_status', linkId: 7, state: 'paid' })
    stopFirst()
    sendFromMain(OFFLINE)
    stopSecond()
    sendFromMain({ ...OFFLINE, online: true, problem: null })
    expect(first).toEqual([{ type: 'link_status', linkId: 7, state: 'paid' }])
    expect(second).toEqual([{ type: 'link_status', linkId: 7, state: 'paid' }, OFFLINE])
    expect(fromMain.listenerCount(EVENT_CHANNEL)).toBe(0)
  })

  it('drops anything on the event channel that is not an event of the contract, as strictly as main checks requests', () => {
    const received: CounterEvent[] = []
    const stop = counter().onEvent((event) => received.push(event))
    const malformed = [
      null,
      'paid',
      { type: 'link_status', linkId: 7 },
      { type: 'link_status', linkId: -1, state: 'paid' },
      { type: 'link_status', linkId: 7, state: 'paid', extra: true },
      { type: 'connection', online: 'yes' },
      // The connection names what failed by kind and data, never in main's words, and its times are ISO times.
      { ...OFFLINE, problem: { kind: 'no_network', reason: 'offline', message: 'No network' } },
      { ...OFFLINE, problem: { kind: 'rate_limited', retryAt: 'in a minute' } },
      { ...OFFLINE, lastAnswerAt: '14:32' },
      { type: 'sale_settled', sale: { reference: 'R', linkId: 1, amountCents: 1.5, note: '', status: 'paid' } },
      { type: 'settings_changed', settings: { language: 'fr' } },
      { type: 'receipt_print_failed', reference: 'R', reason: 'on_fire', printerName: null },
      // A sentence from main is no part of the contract: the renderer says why in its own words.
      { type: 'receipt_print_failed', reference: 'R', reason: 'failed', printerName: null, message: 'Printer error' },
      { type: 'unknown_event' }
    ]
    for (const payload of malformed) sendFromMain(payload)
    stop()
    expect(received).toEqual([])
  })

  it('passes a failed print on Paid as its code and data', () => {
    const received: CounterEvent[] = []
    const stop = counter().onEvent((event) => received.push(event))
    const failure = {
      type: 'receipt_print_failed',
      reference: 'POS-1',
      reason: 'printer_not_found',
      printerName: 'Bon 80'
    }
    sendFromMain(failure)
    stop()
    expect(received).toEqual([failure])
  })
})
