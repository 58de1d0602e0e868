import { beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown
interface Display {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
}

interface FakeWindow {
  options: Record<string, unknown> & { webPreferences: Record<string, unknown> }
  loadedUrl: string | undefined
  windowOpenHandler: Listener | undefined
  contentsListeners: Map<string, Listener>
  windowListeners: Map<string, Listener>
  shownInactive: boolean
  closed: boolean
  destroyed: boolean
}
const constructed: FakeWindow[] = []
const displays = { primary: undefined as unknown as Display, all: [] as Display[] }

vi.mock('electron', () => ({
  screen: {
    getPrimaryDisplay: () => displays.primary,
    getAllDisplays: () => displays.all
  },
  BrowserWindow: class {
    record: FakeWindow
    webContents: { setWindowOpenHandler: (handler: Listener) => void; on: (event: string, listener: Listener) => void }
    constructor(options: FakeWindow['options']) {
      const record: FakeWindow = {
        options,
        loadedUrl: undefined,
        windowOpenHandler: undefined,
        contentsListeners: new Map(),
        windowListeners: new Map(),
        shownInactive: false,
        closed: false,
        destroyed: false
      }
      this.record = record
      this.webContents = {
        setWindowOpenHandler: (handler) => (record.windowOpenHandler = handler),
        on: (event, listener) => record.contentsListeners.set(event, listener)
      }
      constructed.push(record)
    }
    once(event: string, listener: Listener) {
      this.record.windowListeners.set(event, listener)
    }
    loadURL(url: string) {
      this.record.loadedUrl = url
      return Promise.resolve()
    }
    showInactive() {
      this.record.shownInactive = true
    }
    isDestroyed() {
      return this.record.destroyed
    }
    close() {
      this.record.closed = true
    }
  }
}))

const { closeCustomerWindow, openCustomerWindow } = await import('../../src-main/window/customer-window')

const URL_WITH_CODE = 'http://127.0.0.1:43117/#code=305817'
const laptop: Display = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }
const customerMonitor: Display = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } }

function open() {
  const window = openCustomerWindow({ url: URL_WITH_CODE })
  return { window, record: constructed.at(-1)! }
}

/** Whether the listener for `event` called preventDefault for that URL. */
function prevented(record: FakeWindow, event: string, url: string): boolean {
  const preventDefault = vi.fn()
  record.contentsListeners.get(event)!({ preventDefault }, url)
  return preventDefault.mock.calls.length > 0
}

describe('customer window (electron mocked)', () => {
  beforeEach(() => {
    displays.primary = laptop
    displays.all = [laptop]
  })

  it('with a second display, opens frameless and full screen on it', () => {
    displays.all = [laptop, customerMonitor]
    const { record } = open()
    expect(record.options).toMatchObject({ ...customerMonitor.bounds, frame: false, fullscreen: true })
  })

  it('finds the second display whichever position the primary has in the list', () => {
    displays.primary = customerMonitor
    displays.all = [laptop, customerMonitor]
    expect(open().record.options).toMatchObject({ ...laptop.bounds, frame: false, fullscreen: true })
  })

  it('with one display, opens a normal framed 800×600 window', () => {
    const { record } = open()
    expect(record.options).toMatchObject({ width: 800, height: 600 })
    expect(record.options.frame).toBeUndefined()
    expect(record.options.fullscreen).toBeUndefined()
  })

  it('runs sandboxed and isolated, with no Node, no preload (so no IPC) and no developer tools', () => {
    const { record } = open()
    expect(record.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false
    })
    expect(record.options.webPreferences).not.toHaveProperty('preload')
  })

  it('loads the given URL with its pairing fragment and shows without taking focus from the cashier', () => {
    const { record } = open()
    expect(record.loadedUrl).toBe(URL_WITH_CODE)
    expect(record.options.show).toBe(false)
    record.windowListeners.get('ready-to-show')!()
    expect(record.shownInactive).toBe(true)
  })

  it('denies every window.open', () => {
    const { record } = open()
    expect(record.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(record.windowOpenHandler!({ url: URL_WITH_CODE })).toEqual({ action: 'deny' })
  })

  it('blocks navigation and redirects outside the display’s origin, allows them within it', () => {
    const { record } = open()
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(prevented(record, event, 'https://evil.example/'), event).toBe(true)
      expect(prevented(record, event, 'http://127.0.0.1:43118/'), event).toBe(true)
      expect(prevented(record, event, 'http://localhost:43117/'), event).toBe(true)
      expect(prevented(record, event, 'file:///etc/passwd'), event).toBe(true)
      expect(prevented(record, event, 'not a url'), event).toBe(true)
      expect(prevented(record, event, 'http://127.0.0.1:43117/'), event).toBe(false)
      expect(prevented(record, event, 'http://127.0.0.1:43117/#code=305817'), event).toBe(false)
    }
  })

  it('closeCustomerWindow closes an open window and leaves a destroyed one alone', () => {
    const { window, record } = open()
    closeCustomerWindow(window)
    expect(record.closed).toBe(true)
    const other = open()
    other.record.destroyed = true
    closeCustomerWindow(other.window)
    expect(other.record.closed).toBe(false)
  })
})
