import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterAll, describe, expect, it, vi } from 'vitest'

import { type Channel, ipcChannelName } from '../../src-preload/contract'

type Listener = (...args: unknown[]) => unknown

interface FakeWindow {
  options: { kiosk?: boolean; webPreferences: Record<string, unknown> }
  kiosk: boolean
  loaded: string[]
  /** What main sent the window's renderer, as [channel, payload]. */
  sent: [string, unknown][]
  listeners: Map<string, Listener[]>
  closed: boolean
}

const electron = vi.hoisted(() => ({
  /** What the app asked of Electron about its folders and the lock, in order. */
  calls: [] as string[],
  paths: new Map<string, string>(),
  appListeners: new Map<string, Listener>(),
  ipcHandlers: new Map<string, Listener>(),
  windows: [] as FakeWindow[],
  quit: 0
}))

// Run from source, the entry would look for the page beside src-main; the app finds it beside out/main. The test
// serves the page npm test built.
vi.mock('../../src-main/customer-display/display-page-files', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src-main/customer-display/display-page-files')>()
  const { BUILT_DISPLAY_PAGE } = await import('../support/display-page')
  return { ...original, loadDisplayPage: () => original.loadDisplayPage(BUILT_DISPLAY_PAGE) }
})

// Otherwise only Electron is mocked: electron-store is the real one and writes settings.json into the data folder.
vi.mock('electron', () => {
  const api = {
    app: {
      isPackaged: false,
      setPath: (name: string, path: string) => {
        electron.calls.push(`setPath ${name}`)
        electron.paths.set(name, path)
      },
      getPath: (name: string) => {
        electron.calls.push(`getPath ${name}`)
        return electron.paths.get(name) ?? join(tmpdir(), 'counter-real-user-data-must-not-be-used')
      },
      getVersion: () => '0.1.0',
      getName: () => 'secpaid-counter',
      getLocale: () => 'en-US',
      whenReady: () => Promise.resolve(),
      requestSingleInstanceLock: () => {
        electron.calls.push('requestSingleInstanceLock')
        return true
      },
      on: (event: string, listener: Listener) => electron.appListeners.set(event, listener),
      quit: () => (electron.quit += 1),
      exit: vi.fn()
    },
    ipcMain: {
      on: () => {},
      handle: (channel: string, listener: Listener) => electron.ipcHandlers.set(channel, listener)
    },
    shell: {},
    net: { fetch: (url: string, init: RequestInit) => fetch(url, init) },
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(text).reverse(),
      decryptString: (buffer: Buffer) => Buffer.from(buffer).reverse().toString()
    },
    powerSaveBlocker: { start: () => 1, stop: () => {} },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 } }),
      getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 } }]
    },
    Menu: { setApplicationMenu: () => {}, buildFromTemplate: (template: unknown) => template },
    dialog: { showErrorBox: vi.fn() },
    BrowserWindow: class {
      record: FakeWindow
      webContents = {
        on: () => {},
        send: (channel: string, payload: unknown) => this.record.sent.push([channel, payload]),
        setWindowOpenHandler: () => {},
        isDevToolsOpened: () => false,
        closeDevTools: () => {}
      }
      constructor(options: FakeWindow['options']) {
        this.record = {
          options,
          kiosk: options.kiosk ?? false,
          loaded: [],
          sent: [],
          listeners: new Map(),
          closed: false
        }
        electron.windows.push(this.record)
      }
      once(event: string, listener: Listener) {
        this.on(event, listener)
      }
      on(event: string, listener: Listener) {
        this.record.listeners.set(event, [...(this.record.listeners.get(event) ?? []), listener])
      }
      show() {}
      showInactive() {}
      isKiosk() {
        return this.record.kiosk
      }
      setKiosk(kiosk: boolean) {
        this.record.kiosk = kiosk
      }
      isDestroyed() {
        return this.record.closed
      }
      async loadFile(file: string) {
        this.record.loaded.push(pathToFileURL(file).href)
      }
      async loadURL(url: string) {
        this.record.loaded.push(url)
      }
      /** As in Electron, the app's own close() goes through 'close' and 'closed' like a person's. */
      close() {
        closeByHand(this.record)
      }
    }
  }
  return { ...api, default: api }
})

const dataFolder = mkdtempSync(join(tmpdir(), 'counter-lifecycle-'))
process.env.SECPAID_COUNTER_USER_DATA = dataFolder
const rejectionListenersBefore = process.listeners('unhandledRejection')
await import('../../src-main/index')

const mainWindow = () => electron.windows[0]!
const customerWindows = () => electron.windows.slice(1)
const invoke = (channel: Channel, request: unknown = {}) =>
  electron.ipcHandlers.get(ipcChannelName(channel))!({ senderFrame: { url: mainWindow().loaded[0] } }, request)
/** Fires an app event the way Electron does; true when a listener prevented it. */
function appEventPrevented(event: string): boolean {
  let prevented = false
  electron.appListeners.get(event)!({ preventDefault: () => (prevented = true) })
  return prevented
}
/** A person closes the window: 'close' may be prevented, else it goes and 'closed' fires. True when it closed. */
function closeByHand(window: FakeWindow): boolean {
  let prevented = false
  emit(window, 'close', { preventDefault: () => (prevented = true) })
  if (prevented) return false
  window.closed = true
  emit(window, 'closed')
  return true
}

function emit(window: FakeWindow, event: string, ...args: unknown[]) {
  for (const listener of window.listeners.get(event) ?? []) listener(...args)
}

describe('the app entry over its life (electron mocked, real settings files and display server)', async () => {
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1), { timeout: 5000 })

  afterAll(async () => {
    delete process.env.SECPAID_COUNTER_USER_DATA
    await electron.appListeners.get('will-quit')?.()
    rmSync(dataFolder, { recursive: true, force: true })
  })

  it('takes its data folder from SECPAID_COUNTER_USER_DATA when not packaged, before anything reads userData', () => {
    expect(electron.calls[0]).toBe('setPath userData')
    expect(electron.calls.indexOf('setPath userData')).toBeLessThan(electron.calls.indexOf('requestSingleInstanceLock'))
    expect(existsSync(join(dataFolder, 'settings.json'))).toBe(true)
  })

  it('logs a promise rejection nobody handled to the console and to main-errors.log in the data folder', () => {
    const added = process
      .listeners('unhandledRejection')
      .filter((listener) => !rejectionListenersBefore.includes(listener))
    expect(added).toHaveLength(1)
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    added[0]!(new Error('a promise nobody awaited'), Promise.resolve())
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('a promise nobody awaited'))
    consoleError.mockRestore()
    expect(readFileSync(join(dataFolder, 'main-errors.log'), 'utf8')).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z unhandled rejection: Error: a promise nobody awaited/
    )
  })

  it('opens the customer window on the setting, keeps it through a new pairing code, reopens it when closed by hand', async () => {
    await invoke('updateSettings', { customerWindow: true })
    expect(customerWindows()).toHaveLength(1)
    const [firstUrl] = customerWindows()[0]!.loaded
    expect(firstUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)

    // The own window authenticates with main's secret, not the pairing code: a new code leaves its URL as it was.
    await invoke('newPairingCode')
    expect(customerWindows()).toHaveLength(1)
    expect(customerWindows()[0]!.loaded).toEqual([firstUrl])
    expect(mainWindow().sent.map(([channel]) => channel)).toContain('counter:event')

    closeByHand(customerWindows()[0]!)
    expect(customerWindows()).toHaveLength(2)
    expect(customerWindows()[1]!.loaded).toEqual([firstUrl])

    await invoke('updateSettings', { customerWindow: false })
    expect(customerWindows().every((window) => window.closed)).toBe(true)
  })

  it('in kiosk mode refuses any quit but the PIN-guarded Quit: not the menu, the dock, a shortcut or the window', async () => {
    await invoke('updateSettings', { kioskMode: true })
    expect(mainWindow().kiosk).toBe(true)
    expect(appEventPrevented('before-quit')).toBe(true)
    expect(closeByHand(mainWindow())).toBe(false)
    expect(electron.quit).toBe(0)

    await invoke('quitApp')
    expect(electron.quit).toBe(1)
    expect(appEventPrevented('before-quit')).toBe(false)
    expect(closeByHand(mainWindow())).toBe(true)
  })
})
