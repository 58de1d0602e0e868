import { describe, expect, it, vi } from 'vitest'

const constructed: { webPreferences: Record<string, unknown> }[] = []
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: { webPreferences: Record<string, unknown> }) {
      constructed.push(options)
    }
    once() {}
  }
}))

const { createMainWindow } = await import('../../src-main/window/main-window')

describe('main window (electron mocked)', () => {
  it('opens with context isolation, sandbox, no Node and the preload as its only bridge', () => {
    const load = vi.fn(async () => {})
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', load })
    expect(constructed).toHaveLength(1)
    expect(constructed[0]!.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(load).toHaveBeenCalledOnce()
  })
})
