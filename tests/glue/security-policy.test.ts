import { describe, expect, it, vi } from 'vitest'

import { isAppUrl } from '../../src-main/window/app-origin'

type Handler = (...args: unknown[]) => unknown
const appListeners = new Map<string, Handler>()
let permissionRequestHandler: Handler | undefined
let permissionCheckHandler: Handler | undefined

vi.mock('electron', () => ({
  app: { on: (event: string, listener: Handler) => appListeners.set(event, listener) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Handler) => (permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler: Handler) => (permissionCheckHandler = handler)
    }
  }
}))

const { applySecurityPolicy } = await import('../../src-main/window/security-policy')

const entry = { fileUrl: 'file:///opt/counter/out/renderer/index.html', devServerUrl: undefined }

function fakeWebContents() {
  const listeners = new Map<string, Handler>()
  let windowOpenHandler: Handler | undefined
  return {
    listeners,
    openWindow: (url: string) => windowOpenHandler!({ url }),
    setWindowOpenHandler: (handler: Handler) => (windowOpenHandler = handler),
    on: (event: string, listener: Handler) => listeners.set(event, listener)
  }
}

/** Fires `event` as Electron 45 does, the URL in the event's details; the deprecated positional URL is left out. */
function fire(contents: ReturnType<typeof fakeWebContents>, event: string, url?: string): boolean {
  const preventDefault = vi.fn()
  contents.listeners.get(event)!({ preventDefault, url })
  return preventDefault.mock.calls.length > 0
}

describe('security policy for every web contents (electron mocked)', () => {
  applySecurityPolicy((url) => isAppUrl(url, entry))
  const contents = fakeWebContents()
  appListeners.get('web-contents-created')!({}, contents)

  it('denies every window.open', () => {
    expect(contents.openWindow('https://example.com')).toEqual({ action: 'deny' })
    expect(contents.openWindow(entry.fileUrl)).toEqual({ action: 'deny' })
  })

  it('blocks navigation and redirects away from the app but allows reloading the app itself', () => {
    expect(fire(contents, 'will-navigate', 'https://evil.example/')).toBe(true)
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fire(contents, 'will-redirect', 'https://evil.example/')).toBe(true)
    expect(fire(contents, 'will-navigate', entry.fileUrl)).toBe(false)
  })

  it('refuses to attach webviews', () => {
    expect(fire(contents, 'will-attach-webview')).toBe(true)
  })

  it('denies every permission request and check', () => {
    const callback = vi.fn()
    permissionRequestHandler!({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(permissionCheckHandler!({}, 'notifications')).toBe(false)
  })
})

describe('isAppUrl', () => {
  it('accepts only the built renderer file, or the dev server origin in development', () => {
    expect(isAppUrl(entry.fileUrl, entry)).toBe(true)
    expect(isAppUrl(`${entry.fileUrl}#settings`, entry)).toBe(true)
    expect(isAppUrl('file:///opt/counter/out/renderer/other.html', entry)).toBe(false)
    expect(isAppUrl('', entry)).toBe(false)
    expect(isAppUrl('not a url', entry)).toBe(false)
    const dev = { ...entry, devServerUrl: 'http://localhost:5173/' }
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
  })
})
