import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { CounterHandlers } from '../../src-main/ipc/counter-handlers'
import { CHANNEL_NAMES, ipcChannelName } from '../../src-preload/contract'

type Listener = (event: { senderFrame: { url: string } | null }, request: unknown) => Promise<unknown>
const registered = new Map<string, Listener>()

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) }
}))

const { registerIpcHandlers } = await import('../../src-main/ipc/register-ipc')

const APP_URL = 'file:///opt/counter/out/renderer/index.html'

function fakeHandlers(calls: string[]): CounterHandlers {
  return Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      async (request: unknown) => {
        calls.push(`${channel}:${JSON.stringify(request)}`)
        return { ok: true, value: channel }
      }
    ])
  ) as unknown as CounterHandlers
}

describe('registerIpcHandlers (electron mocked)', () => {
  let calls: string[]
  beforeEach(() => {
    registered.clear()
    calls = []
    registerIpcHandlers(fakeHandlers(calls), (frame) => frame?.url === APP_URL)
  })

  it('registers exactly one handler per contract channel and nothing else', () => {
    expect([...registered.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannelName).sort())
  })

  it('passes a call from the app window to its handler', async () => {
    const result = await registered.get('counter:charge')!({ senderFrame: { url: APP_URL } }, { amountCents: 100 })
    expect(result).toEqual({ ok: true, value: 'charge' })
    expect(calls).toEqual(['charge:{"amountCents":100}'])
  })

  it('refuses a call from any other frame without running the handler', async () => {
    for (const senderFrame of [{ url: 'https://evil.example/' }, null]) {
      const result = await registered.get('counter:charge')!({ senderFrame }, { amountCents: 100 })
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid_request', field: null }
      })
    }
    expect(calls).toEqual([])
  })
})
