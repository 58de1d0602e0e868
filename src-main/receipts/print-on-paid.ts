import type { CounterEvent, PrintFailure } from '../../src-preload/contract'
import type { Result } from '../result'

type PrintFailedEvent = Extract<CounterEvent, { type: 'receipt_print_failed' }>

/**
 * Prints a sale's receipt the moment it is paid, when the owner chose so. Nobody waits on this print, so a failure
 * is pushed to the renderer as data (which says it and offers History's reprint). The cashier closing the print
 * dialog is their own choice, not a failure to report.
 */
export async function printOnPaid(
  reference: string,
  deps: {
    print: (reference: string) => Promise<Result<{ printed: true }>>
    report: (event: PrintFailedEvent) => void
    reportDefect: (error: unknown) => void
  }
): Promise<void> {
  let reason: PrintFailure
  let printerName: string | null = null
  try {
    const printed = await deps.print(reference)
    if (printed.ok) return
    if (printed.error.code === 'print_failed') {
      if (printed.error.reason === 'cancelled') return
      reason = printed.error.reason
      printerName = printed.error.printerName
    } else {
      reason = 'failed'
    }
  } catch (defect) {
    deps.reportDefect(defect)
    reason = 'failed'
  }
  deps.report({ type: 'receipt_print_failed', reference, reason, printerName })
}
