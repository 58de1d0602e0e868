import type { SaleJournal } from '../journal/sale-journal'
import { fail, type Result } from '../result'
import { saleHere } from '../sale/sale-here'
import type { SettingsService } from '../settings/settings-service'
import { receiptFor } from './receipt-data'
import type { ReceiptPrinter } from './receipt-printer'

/**
 * Prints a paid sale's receipt with the paper, printer and dialog choice from Settings. Refused for a sale that is
 * not paid, and answered `no_printing` where there is no printer (tests, a build without Electron's printing).
 */
export function createReceiptPrinting(deps: {
  journal: SaleJournal
  settings: SettingsService
  printer: ReceiptPrinter | undefined
}): (reference: string, options?: { noDialog?: boolean }) => Promise<Result<{ printed: true }>> {
  // `noDialog`: a print nobody asked for (on Paid in kiosk mode) must not open the system's dialog, a way out.
  return async (reference, options = {}) => {
    const found = saleHere(deps.journal, reference)
    if (!found.ok) return found
    const stored = deps.settings.getStored()
    const receipt = receiptFor(reference, found.value, stored)
    if (!receipt.ok) return receipt
    const { paper, printerName, silentPrint } = stored.receipt
    if (deps.printer === undefined) {
      return fail({ code: 'print_failed', reason: 'no_printing', printerName: printerName === '' ? null : printerName })
    }
    return deps.printer({ reference, paper, printerName, silent: silentPrint || options.noDialog === true })
  }
}
