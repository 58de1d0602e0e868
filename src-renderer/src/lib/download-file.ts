/** Chromium takes hold of the blob when the click starts the download; the grace period covers slower engines. */
const REVOKE_AFTER_MS = 1000

/** Saves text as a file through the browser's own download: a blob URL, so nothing crosses the network. */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}
