import type { IpcError, SaveFileRequest } from '../../src-preload/contract'

/** What only Electron can do for the books (window/books-output.ts): a save dialog, printing, a PDF of the page. */
export interface FileOutput {
  /** Asks where to save and writes the bytes there; `saved: false` when the owner cancelled. */
  saveWithDialog(fileName: string, bytes: Uint8Array): Promise<{ saved: boolean }>
  print(): Promise<{ printed: boolean }>
  pageAsPdf(): Promise<Uint8Array>
  /** Asks for a `.csv` file to open and reads at most `maxBytes + 1` of it; null when the owner cancelled. */
  openWithDialog?(maxBytes: number): Promise<Uint8Array | null>
}

/** The largest CSV main opens for the renderer (the catalogue import): 500 products are about 40 KB. */
export const MAX_OPENED_BYTES = 1024 * 1024

/** The file's text (UTF-8, byte-order mark dropped), or `file_refused` when it is larger than main opens. */
export function openedText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: IpcError } {
  if (bytes.byteLength > MAX_OPENED_BYTES) return { ok: false, error: { code: 'file_refused', reason: 'size' } }
  const text = new TextDecoder('utf-8').decode(bytes)
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text }
}

/** What main writes for the renderer: a CSV of at most 20 MB under a plain file name. */
export const MAX_SAVED_BYTES = 20 * 1024 * 1024
const SAFE_FILE_NAME = /^[\w.-]{1,120}$/

const EXTENSION_OF_KIND: Record<SaveFileRequest['kind'], string> = { csv: '.csv' }

/** Why main will not write the file; null when it may. */
export function fileRefusal(request: SaveFileRequest): IpcError | null {
  if (!SAFE_FILE_NAME.test(request.fileName) || request.fileName.startsWith('.')) {
    return { code: 'file_refused', reason: 'name' }
  }
  if (!request.fileName.toLowerCase().endsWith(EXTENSION_OF_KIND[request.kind])) {
    return { code: 'file_refused', reason: 'type' }
  }
  if (Buffer.byteLength(request.content, 'utf8') > MAX_SAVED_BYTES) return { code: 'file_refused', reason: 'size' }
  return null
}

export const pdfFileNameRefused = (fileName: string): boolean =>
  !SAFE_FILE_NAME.test(fileName) || fileName.startsWith('.') || !fileName.toLowerCase().endsWith('.pdf')
