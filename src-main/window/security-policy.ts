import { app, session } from 'electron'

/**
 * Applied once to every web contents the app ever creates: no new windows, no navigation away from the
 * app, no webviews, and every permission request (camera, notifications, …) denied.
 */
export function applySecurityPolicy(isAppUrl: (url: string) => boolean): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    // The URL from the event's details: Electron's typings mark the positional `url` argument deprecated.
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}
