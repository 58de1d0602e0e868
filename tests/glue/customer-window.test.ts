import { beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown
interface Display {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
}

interface FakeWindow {
  options: Record<string, unknown> & { webPreferences: Record<string, unknown> }
  loadedUrl: string | undefined
  loads: number
  windowOpenHandler: Listener | undefined
  contentsListeners: Map<string, Listener>
  windowListeners: Map<string, Listener>
  closedListeners: Listener[]
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
        loads: 0,
        windowOpenHandler: undefined,
        contentsListeners: new Map(),
        windowListeners: new Map(),
        closedListeners: [],
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
    on(event: string, listener: Listener) {
      if (event === 'closed') this.record.closedListeners.push(listener)
    }
    loadURL(url: string) {
      this.record.loadedUrl = url
      this.record.loads += 1
      return Promise.resolve()
    }
    showInactive() {
      this.record.shownInactive = true
    }
    isDestroyed() {
      return this.record.destroyed
    }
    /** As in Electron: the window goes away and 'closed' fires, whether the app or a person closed it. */
    close() {
      closeWindow(this.record)
    }
  }
}))

function closeWindow(record: FakeWindow) {
  record.closed = true
  record.destroyed = true
  for (const listener of record.closedListeners) listener()
}

const { closeCustomerWindow, openCustomerWindow } = await import('../../src-main/window/customer-window')
const { createCustomerWindowFollower } = await import('../../src-main/window/customer-window-follower')

const URL_WITH_CODE = 'http://127.0.0.1:43117/#code=305817'
const laptop: Display = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }
const customerMonitor: Display = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } }

function open() {
  const window = openCustomerWindow({ url: URL_WITH_CODE })
  return { window, record: constructed.at(-1)! }
}

/** Whether the listener for `event` called preventDefault for that URL, given as Electron 45 gives it: in the details. */
function prevented(record: FakeWindow, event: string, url: string): boolean {
  const preventDefault = vi.fn()
  record.contentsListeners.get(event)!({ preventDefault, url })
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

describe('the customer window follows the setting and the display server (electron mocked)', () => {
  const NEW_PAIRING = 'http://127.0.0.1:43117/#code=990011'
  const LAN_PORT = 'http://127.0.0.1:8377/#code=990011'

  function follower(initial: { wanted: boolean; url: string | null }) {
    const state = { ...initial }
    const constructedBefore = constructed.length
    const windowFollower = createCustomerWindowFollower({ wanted: () => state.wanted, url: () => state.url })
    const opened = () => constructed.slice(constructedBefore)
    return { state, follower: windowFollower, opened, current: () => opened().filter((record) => !record.closed) }
  }

  beforeEach(() => {
    displays.primary = laptop
    displays.all = [laptop]
  })

  it('opens exactly while the setting is on and the display server runs', () => {
    const off = follower({ wanted: false, url: URL_WITH_CODE })
    off.follower.sync()
    expect(off.opened()).toEqual([])
    const noServer = follower({ wanted: true, url: null })
    noServer.follower.sync()
    expect(noServer.opened()).toEqual([])
    const on = follower({ wanted: true, url: URL_WITH_CODE })
    on.follower.sync()
    on.follower.sync()
    expect(on.opened().map((record) => record.loadedUrl)).toEqual([URL_WITH_CODE])
  })

  it('loads the new URL in the same window when it changes (new pairing, LAN display, port), and only then', () => {
    const { state, follower: windowFollower, opened } = follower({ wanted: true, url: URL_WITH_CODE })
    windowFollower.sync()
    const [window] = opened()
    state.url = NEW_PAIRING
    windowFollower.sync()
    windowFollower.sync()
    expect(window!.loadedUrl).toBe(NEW_PAIRING)
    expect(window!.loads).toBe(2)
    state.url = LAN_PORT
    windowFollower.sync()
    expect(opened()).toHaveLength(1)
    expect(window!.loadedUrl).toBe(LAN_PORT)
    // Navigation follows the server to its new port; the old one is foreign now.
    expect(prevented(window!, 'will-navigate', 'http://127.0.0.1:8377/')).toBe(false)
    expect(prevented(window!, 'will-navigate', 'http://127.0.0.1:43117/')).toBe(true)
  })

  it('closes when the setting goes off or the server stops, and stays closed', () => {
    const { state, follower: windowFollower, opened, current } = follower({ wanted: true, url: URL_WITH_CODE })
    windowFollower.sync()
    state.wanted = false
    windowFollower.sync()
    expect(opened()[0]!.closed).toBe(true)
    expect(current()).toEqual([])
    state.wanted = true
    windowFollower.sync()
    state.url = null
    windowFollower.sync()
    expect(current()).toEqual([])
    expect(opened()).toHaveLength(2)
  })

  it('reopens when someone closes it by hand while the setting is on', () => {
    const { follower: windowFollower, opened, current } = follower({ wanted: true, url: URL_WITH_CODE })
    windowFollower.sync()
    closeWindow(opened()[0]!)
    expect(opened()).toHaveLength(2)
    expect(current().map((record) => record.loadedUrl)).toEqual([URL_WITH_CODE])
  })

  it('after stop (the app quits) closes it for good: no reopening, no new window on sync', () => {
    const { follower: windowFollower, opened, current } = follower({ wanted: true, url: URL_WITH_CODE })
    windowFollower.sync()
    windowFollower.stop()
    windowFollower.sync()
    expect(opened()).toHaveLength(1)
    expect(current()).toEqual([])
  })
})
