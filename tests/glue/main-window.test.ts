import { afterEach, describe, expect, it, vi } from 'vitest'

import { isKioskEscape, type KeyInput } from '../../src-main/window/kiosk-input-guard'

type Listener = (...args: unknown[]) => unknown

interface FakeWindow {
  options: { kiosk: boolean; webPreferences: Record<string, unknown> }
  listeners: Map<string, Listener>
  inputListeners: Map<string, Listener>
  kiosk: boolean
  devToolsOpen: boolean
}
const constructed: FakeWindow[] = []
/** Every application menu set, newest last: null for none, else the roles of its top-level items. */
const applicationMenus: (string[] | null)[] = []

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: { role?: string }[]) => template.map((item) => item.role ?? '?'),
    setApplicationMenu: (menu: string[] | null) => applicationMenus.push(menu)
  },
  BrowserWindow: class {
    record: FakeWindow
    webContents: {
      on: (event: string, listener: Listener) => void
      isDevToolsOpened: () => boolean
      closeDevTools: () => void
    }
    constructor(options: FakeWindow['options']) {
      this.record = {
        options,
        listeners: new Map(),
        inputListeners: new Map(),
        kiosk: options.kiosk,
        devToolsOpen: false
      }
      const record = this.record
      this.webContents = {
        on: (event, listener) => record.inputListeners.set(event, listener),
        isDevToolsOpened: () => record.devToolsOpen,
        closeDevTools: () => (record.devToolsOpen = false)
      }
      constructed.push(this.record)
    }
    once() {}
    on(event: string, listener: Listener) {
      this.record.listeners.set(event, listener)
    }
    isKiosk() {
      return this.record.kiosk
    }
    setKiosk(kiosk: boolean) {
      this.record.kiosk = kiosk
    }
  }
}))

const { applyKiosk, createMainWindow } = await import('../../src-main/window/main-window')

const key = (key: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...modifiers
})

function open(kiosk: boolean, mayClose = () => false, onLoadStart?: () => void) {
  const load = vi.fn(async () => {})
  const browserWindow = createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    kiosk,
    load,
    mayClose,
    ...(onLoadStart ? { onLoadStart } : {})
  })
  return { window: constructed.at(-1)!, load, browserWindow }
}

/** The developer tools open (a shortcut, a menu, a debugger): Electron then fires 'devtools-opened'. */
function openDevTools(window: FakeWindow) {
  window.devToolsOpen = true
  window.inputListeners.get('devtools-opened')!()
}

const prevented = (listener: Listener | undefined, ...args: unknown[]) => {
  const preventDefault = vi.fn()
  listener!({ preventDefault }, ...args)
  return preventDefault.mock.calls.length > 0
}

describe('main window (electron mocked)', () => {
  afterEach(() => vi.restoreAllMocks())

  it('opens with context isolation, sandbox, no Node and the preload as its only bridge', () => {
    const { window, load } = open(false)
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: true
    })
    expect(load).toHaveBeenCalledOnce()
  })

  it('in kiosk mode opens full screen without developer tools', () => {
    const { window } = open(true)
    expect(window.options.kiosk).toBe(true)
    expect(window.options.webPreferences.devTools).toBe(false)
  })

  it('in kiosk mode swallows shortcuts that leave the cashier screen, and only then', () => {
    const kiosk = open(true).window
    expect(prevented(kiosk.inputListeners.get('before-input-event'), key('F12'))).toBe(true)
    expect(prevented(kiosk.inputListeners.get('before-input-event'), key('I', { control: true, shift: true }))).toBe(
      true
    )
    expect(prevented(kiosk.inputListeners.get('before-input-event'), key('5'))).toBe(false)
    const normal = open(false).window
    expect(prevented(normal.inputListeners.get('before-input-event'), key('F12'))).toBe(false)
  })

  it('in kiosk mode has no application menu, whose Alt+letter menus could reach Quit; out of it, the usual one', () => {
    vi.spyOn(process, 'platform', 'get').mockReturnValue('linux')
    open(true)
    expect(applicationMenus.at(-1)).toBeNull()
    const { browserWindow } = open(false)
    expect(applicationMenus.at(-1)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu'])
    applyKiosk(browserWindow, true)
    expect(applicationMenus.at(-1)).toBeNull()
    applyKiosk(browserWindow, false)
    expect(applicationMenus.at(-1)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu'])
  })

  it('on macOS kiosk mode keeps only the Edit menu, so copy and paste still work in text fields', () => {
    vi.spyOn(process, 'platform', 'get').mockReturnValue('darwin')
    open(true)
    expect(applicationMenus.at(-1)).toEqual(['editMenu'])
  })

  it('keeps developer tools closed once kiosk mode is switched on after start', () => {
    const { window, browserWindow } = open(false)
    openDevTools(window)
    expect(window.devToolsOpen).toBe(true)
    applyKiosk(browserWindow, true)
    expect(window.devToolsOpen).toBe(false)
    openDevTools(window)
    expect(window.devToolsOpen).toBe(false)
    applyKiosk(browserWindow, false)
    openDevTools(window)
    expect(window.devToolsOpen).toBe(true)
  })

  it('in kiosk mode refuses to close unless the PIN-guarded Quit allowed it', () => {
    let quitting = false
    const { window } = open(true, () => quitting)
    expect(prevented(window.listeners.get('close'))).toBe(true)
    quitting = true
    expect(prevented(window.listeners.get('close'))).toBe(false)
  })

  it('a reload of the page tells main, which locks Settings again', () => {
    const onLoadStart = vi.fn()
    const { window } = open(false, () => false, onLoadStart)
    window.inputListeners.get('did-start-loading')!()
    expect(onLoadStart).toHaveBeenCalledTimes(1)
  })
})

describe('isKioskEscape', () => {
  it('catches developer tools, reload, close, quit, new window and full-screen keys', () => {
    for (const input of [
      key('F12'),
      key('F11'),
      key('F5'),
      key('F4', { alt: true }),
      key('i', { control: true, shift: true }),
      key('j', { meta: true, shift: true }),
      key('i', { meta: true, alt: true }),
      key('r', { control: true }),
      key('w', { control: true }),
      key('q', { meta: true }),
      key('n', { control: true })
    ]) {
      expect(isKioskEscape(input), JSON.stringify(input)).toBe(true)
    }
  })

  it('lets the cashier type digits, Enter, Escape, Backspace and a comma', () => {
    for (const name of ['1', '0', 'Enter', 'Escape', 'Backspace', ',', '.'])
      expect(isKioskEscape(key(name))).toBe(false)
    expect(isKioskEscape({ ...key('F12'), type: 'keyUp' })).toBe(false)
  })
})
