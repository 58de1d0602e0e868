import type { ReceiptPaper } from '../../src-preload/contract'
import type { Result } from '../result'

/** What a print job needs: the sale to print and the owner's choices from Settings. */
export interface ReceiptPrintJob {
  reference: string
  paper: ReceiptPaper
  /** Empty: the system's default printer. */
  printerName: string
  silent: boolean
}

/** Prints a receipt; the app's is Electron's (src-main/window/receipt-print-window.ts). Never rejects. */
export type ReceiptPrinter = (job: ReceiptPrintJob) => Promise<Result<{ printed: true }>>

/** Paper sizes in micrometres, as Electron's print options take them; thermal rolls are cut to the receipt. */
export const PAPER_SIZE_MICRONS: Record<ReceiptPaper, { width: number; height: number }> = {
  mm58: { width: 58_000, height: 297_000 },
  mm80: { width: 80_000, height: 297_000 },
  a4: { width: 210_000, height: 297_000 }
}
