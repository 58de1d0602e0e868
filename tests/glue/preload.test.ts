import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src-preload/contract'

const exposed = new Map<string, Record<string, (request: unknown) => Promise<unknown>>>()
const invocations: unknown[][] = []

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: Record<string, never>) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invocations.push(args)
      if (args[0] === 'counter:testConnection') throw new Error('main process gone')
      return { ok: true, value: null }
    }
  }
}))

await import('../../src-preload/index')

describe('preload (electron mocked)', () => {
  it('exposes exactly one object, window.counter', () => {
    expect([...exposed.keys()]).toEqual(['counter'])
  })

  it('exposes one function per contract channel and nothing more: no key getter, no raw ipcRenderer', () => {
    const api = exposed.get('counter')!
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort())
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
    await expect(exposed.get('counter')!.testConnection!({})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'The counter app could not reach its main process.' }
    })
  })
})
