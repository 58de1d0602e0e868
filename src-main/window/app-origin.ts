/**
 * Whether a URL belongs to the app's own renderer: the built index.html (file://) or, in development,
 * the electron-vite dev server. Everything else is foreign: navigation there is blocked, IPC from it refused.
 */
export function isAppUrl(url: string, rendererEntry: { fileUrl: string; devServerUrl: string | undefined }): boolean {
  if (url === '') return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (rendererEntry.devServerUrl !== undefined) {
    return parsed.origin === new URL(rendererEntry.devServerUrl).origin
  }
  const entry = new URL(rendererEntry.fileUrl)
  return parsed.protocol === 'file:' && parsed.pathname === entry.pathname
}
