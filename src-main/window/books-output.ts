import { open, writeFile } from 'node:fs/promises'

import { type BrowserWindow, dialog } from 'electron'

import type { ChooseFolder } from '../books/books-care'
import type { FileOutput } from '../books/file-output'

/** The books' save dialog, printing and PDF, for the cashier's window (thin glue: the checks live in books/). */
export function createBooksOutput(window: () => BrowserWindow | null): FileOutput {
  const current = () => {
    const shown = window()
    if (shown === null || shown.isDestroyed()) throw new Error('the window is closed')
    return shown
  }
  return {
    async saveWithDialog(fileName, bytes) {
      const chosen = await dialog.showSaveDialog(current(), { defaultPath: fileName })
      if (chosen.canceled || chosen.filePath === undefined) return { saved: false }
      await writeFile(chosen.filePath, bytes)
      return { saved: true }
    },
    print: () =>
      new Promise((resolve) => {
        current().webContents.print({ printBackground: true }, (printed) => resolve({ printed }))
      }),
    pageAsPdf: () => current().webContents.printToPDF({ printBackground: true, pageSize: 'A4' }),
    async openWithDialog(maxBytes) {
      const chosen = await dialog.showOpenDialog(current(), {
        properties: ['openFile'],
        filters: [{ name: 'CSV', extensions: ['csv'] }]
      })
      const path = chosen.filePaths[0]
      if (chosen.canceled || path === undefined) return null
      // Reads one byte past the limit, so a larger file is told apart without reading all of it.
      const file = await open(path, 'r')
      try {
        const buffer = Buffer.alloc(maxBytes + 1)
        const { bytesRead } = await file.read(buffer, 0, buffer.length, 0)
        return buffer.subarray(0, bytesRead)
      } finally {
        await file.close()
      }
    }
  }
}

/** The folder dialog for the books' backups and the audit export; null when the owner cancelled. */
export function createFolderChooser(window: () => BrowserWindow | null): ChooseFolder {
  return async () => {
    const shown = window()
    if (shown === null || shown.isDestroyed()) throw new Error('the window is closed')
    const chosen = await dialog.showOpenDialog(shown, { properties: ['openDirectory', 'createDirectory'] })
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null)
  }
}

/** The open dialog for the customer display's logo: PNG and JPEG files; null when the owner cancelled. */
export function createImageChooser(window: () => BrowserWindow | null): () => Promise<string | null> {
  return async () => {
    const shown = window()
    if (shown === null || shown.isDestroyed()) throw new Error('the window is closed')
    const chosen = await dialog.showOpenDialog(shown, {
      properties: ['openFile'],
      filters: [{ name: 'PNG, JPEG', extensions: ['png', 'jpg', 'jpeg'] }]
    })
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null)
  }
}
