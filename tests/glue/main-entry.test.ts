import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterAll, describe, expect, it, vi } from 'vitest'

import { CHANNEL_NAMES, ipcChannelName } from '../../src-preload/contract'

type Listener = (...args: unknown[]) => unknown
const userData = mkdtempSync(join(tmpdir(), 'counter-main-'))
const ipcHandlers = new Map<string, Listener>()
const appListeners = new Map<string, Listener>()
const windows: { options: { webPreferences: Record<string, unknown> }; loadedFile: string | null }[] = []
const awake: (string | number)[] = []
let markReady: () => void = () => {}
const ready = new Promise<void>((resolve) => (markReady = resolve))

vi.mock('electron', () => ({
  app: {
    whenReady: () => ready,
    getPath: () => userData,
    getLocale: () => 'de-DE',
    getVersion: () => '0.1.0',
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: Listener) => appListeners.set(event, listener),
    quit: vi.fn()
  },
  powerSaveBlocker: {
    start: (type: string) => {
      awake.push(type)
      return awake.length
    },
    stop: (id: number) => awake.push(`stop ${id}`)
  },
  net: { fetch: (url: string, init: RequestInit) => fetch(url, init) },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  dialog: { showErrorBox: vi.fn() },
  ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
  session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
  safeStorage: {
    isAsyncEncryptionAvailable: async () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptStringAsync: async (text: string) => Buffer.from(text).reverse(),
    decryptStringAsync: async (buffer: Buffer) => ({
      result: Buffer.from(buffer).reverse().toString(),
      shouldReEncrypt: false
    })
  },
  BrowserWindow: class {
    record: (typeof windows)[number]
    constructor(options: (typeof windows)[number]['options']) {
      this.record = { options, loadedFile: null }
      windows.push(this.record)
    }
    webContents = { on() {} }
    once() {}
    on() {}
    show() {}
    async loadFile(file: string) {
      this.record.loadedFile = file
    }
  }
}))

vi.mock('electron-store', () => ({
  default: class {
    data = new Map<string, unknown>()
    get(key: string) {
      return this.data.get(key)
    }
    set(key: string, value: unknown) {
      this.data.set(key, value)
    }
  }
}))

await import('../../src-main/index')

describe('main entry with electron mocked: the real wiring, minus the binary', async () => {
  markReady()
  await vi.waitFor(() => expect(windows).toHaveLength(1), { timeout: 3000 })
  const rendererUrl = pathToFileURL(windows[0]!.loadedFile ?? '').href
  const invoke = (channel: string, request: unknown, senderUrl = rendererUrl) =>
    ipcHandlers.get(ipcChannelName(channel as never))!({ senderFrame: { url: senderUrl } }, request)

  afterAll(async () => {
    await appListeners.get('will-quit')?.()
    rmSync(userData, { recursive: true, force: true })
  })

  it('registers a handler for every contract channel', () => {
    expect([...ipcHandlers.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannelName).sort())
  })

  it('opens one window with the security defaults, the built preload and the built renderer', () => {
    expect(windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false
    })
    expect(String(windows[0]!.options.webPreferences.preload)).toMatch(/out\/preload\/index\.cjs$|preload\/index\.cjs$/)
    expect(windows[0]!.loadedFile).toMatch(/renderer\/index\.html$/)
  })

  it('starts in Demo mode in the OS language and charges on the built-in simulator over real HTTP', async () => {
    expect(await invoke('getSettings', {})).toMatchObject({
      ok: true,
      value: { demo: true, language: 'de', hasKey: false }
    })
    const charged = (await invoke('charge', { amountCents: 1234 })) as { ok: boolean; value: { payLink: string } }
    expect(charged.ok).toBe(true)
    expect(charged.value.payLink).toMatch(/^https:\/\/app\.secpaid\.com\/payment\?link_id=/)
  })

  it('keeps the display awake while a QR is watched, and lets it sleep after', async () => {
    const charged = (await invoke('charge', { amountCents: 500 })) as { value: { linkId: number } }
    await invoke('watchLink', { linkId: charged.value.linkId })
    expect(awake).toEqual(['prevent-display-sleep'])
    await invoke('unwatchLink', {})
    expect(awake).toEqual(['prevent-display-sleep', 'stop 1'])
  })

  it('refuses a call from a page that is not the app', async () => {
    expect(await invoke('getSettings', {}, 'https://evil.example/')).toMatchObject({ ok: false })
  })

  it('never returns the API key through any channel once it is set', async () => {
    await invoke('setApiKey', { apiKey: 'sk_live_TOPSECRET' })
    for (const channel of ['getSettings', 'listPending', 'testConnection']) {
      expect(JSON.stringify(await invoke(channel, {}))).not.toContain('TOPSECRET')
    }
  })
})
