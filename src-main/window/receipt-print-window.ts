import { BrowserWindow, type WebContentsPrintOptions } from 'electron'

import { PAPER_SIZE_MICRONS, type ReceiptPrinter } from '../receipts/receipt-printer'
import type { Result } from '../result'
import { secureWebPreferences } from './secure-web-preferences'

/** The receipt page sets its title to one of these once it has laid the receipt out, or failed to. */
const RECEIPT_READY_TITLE = 'receipt-ready'
const RECEIPT_FAILED_TITLE = 'receipt-failed'
const LAYOUT_TIMEOUT_MS = 15_000

const failed = (reason: 'printer_not_found' | 'cancelled' | 'failed', printerName: string): Result<never> => ({
  ok: false,
  error: { code: 'print_failed', reason, printerName: printerName === '' ? null : printerName }
})

/** Resolves with the title the page settles on, or null when it does not within the time. */
function layoutTitle(window: BrowserWindow): Promise<string | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), LAYOUT_TIMEOUT_MS)
    window.webContents.on('page-title-updated', (_event, title) => {
      if (title !== RECEIPT_READY_TITLE && title !== RECEIPT_FAILED_TITLE) return
      clearTimeout(timer)
      resolve(title)
    })
  })
}

/**
 * Electron's printing: a hidden window opens the renderer's receipt page (`#receipt=<reference>`, which asks main
 * for the data and lays it out for the paper), then prints it on the named printer, silently if the owner chose so.
 */
export function createReceiptPrintWindow(options: {
  preloadPath: string
  /** Loads the renderer with the given hash, as the main window loads it. */
  load: (window: BrowserWindow, hash: string) => Promise<void>
}): ReceiptPrinter {
  return async ({ reference, paper, printerName, silent }) => {
    const window = new BrowserWindow({ show: false, webPreferences: secureWebPreferences(options.preloadPath) })
    try {
      if (printerName !== '') {
        const printers = await window.webContents.getPrintersAsync()
        if (!printers.some((printer) => printer.name === printerName)) return failed('printer_not_found', printerName)
      }
      const title = layoutTitle(window)
      await options.load(window, `receipt=${encodeURIComponent(reference)}`)
      if ((await title) !== RECEIPT_READY_TITLE) return failed('failed', printerName)
      const printOptions: WebContentsPrintOptions = {
        silent,
        printBackground: false,
        pageSize: PAPER_SIZE_MICRONS[paper],
        margins: { marginType: 'none' },
        ...(printerName === '' ? {} : { deviceName: printerName })
      }
      return await new Promise<Result<{ printed: true }>>((resolve) => {
        window.webContents.print(printOptions, (success, failureReason) => {
          if (success) resolve({ ok: true, value: { printed: true } })
          else resolve(failed(failureReason === 'cancelled' ? 'cancelled' : 'failed', printerName))
        })
      })
    } catch {
      return failed('failed', printerName)
    } finally {
      window.destroy()
    }
  }
}
