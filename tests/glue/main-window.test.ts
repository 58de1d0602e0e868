import { describe, expect, it, vi } from 'vitest'
import { isKioskEscape, type KeyInput } from '../../src-main/window/kiosk-input-guard'

type Listener = (...args: unknown[]) => unknown

interface FakeWindow {
  options: { kiosk: boolean; webPreferences: Record<string, unknown> }
  listeners: Map<string, Listener>
  inputListeners: Map<string, Listener>
  kiosk: boolean
}
const constructed: FakeWindow[] = []

vi.mock('electron', () => ({
  BrowserWindow: class {
    record: FakeWindow
    webContents: { on: (event: string, listener: Listener) => void }
    constructor(options: FakeWindow['options']) {
      this.record = { options, listeners: new Map(), inputListeners: new Map(), kiosk: options.kiosk }
      const record = this.record
      this.webContents = { on: (event, listener) => record.inputListeners.set(event, listener) }
      constructed.push(this.record)
    }
    once() {}
    on(event: string, listener: Listener) {
      this.record.listeners.set(event, listener)
    }
    isKiosk() {
      return this.record.kiosk
    }
  }
}))

const { createMainWindow } = await import('../../src-main/window/main-window')

const key = (key: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...modifiers
})

function open(kiosk: boolean, mayClose = () => false) {
  const load = vi.fn(async () => {})
  createMainWindow({ preloadPath: '/app/out/preload/index.cjs', kiosk, load, mayClose })
  return { window: constructed.at(-1)!, load }
}

const prevented = (listener: Listener | undefined, ...args: unknown[]) => {
  const preventDefault = vi.fn()
  listener!({ preventDefault }, ...args)
  return preventDefault.mock.calls.length > 0
}

describe('main window (electron mocked)', () => {
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

  it('in kiosk mode refuses to close unless the PIN-guarded Quit allowed it', () => {
    let quitting = false
    const { window } = open(true, () => quitting)
    expect(prevented(window.listeners.get('close'))).toBe(true)
    quitting = true
    expect(prevented(window.listeners.get('close'))).toBe(false)
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
