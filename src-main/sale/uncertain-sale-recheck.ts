import type { LinkView, OpenSale, SecPaidFailure } from '../../src-preload/contract'
import type { Clock } from '../clock'
import type { Result } from '../result'

/** How often main asks SecPaid again about a charge whose answer was lost (the renderer's old recheck's pace). */
const UNCERTAIN_SALE_RECHECK_MS = 5_000

interface UncertainSaleRecheck {
  stop(): void
}

/**
 * Settles the uncertain sale by itself once SecPaid answers again, and tells the renderer each outcome: `cause` null
 * when the sale is settled (resolveSale then answers from the journal, without SecPaid), else why it is still unknown.
 * While no sale is uncertain it only looks at the journal; one sale is settled at a time, as before.
 */
export function createUncertainSaleRecheck(options: {
  clock: Clock
  /** Resolves once start-up has settled what it could. */
  ready: () => Promise<unknown>
  uncertainSale: () => OpenSale | null
  resolve: (reference: string) => Promise<Result<LinkView>>
  onChecked: (reference: string, cause: SecPaidFailure | null) => void
  reportDefect?: (error: unknown) => void
  intervalMs?: number
}): UncertainSaleRecheck {
  const intervalMs = options.intervalMs ?? UNCERTAIN_SALE_RECHECK_MS
  let cancelTimer: (() => void) | null = null
  let stopped = false

  const check = async () => {
    await options.ready()
    const sale = options.uncertainSale()
    if (sale === null || stopped) return
    const result = await options.resolve(sale.reference)
    if (stopped) return
    if (options.uncertainSale()?.reference !== sale.reference) options.onChecked(sale.reference, null)
    else if (!result.ok && result.error.code === 'outcome_unknown')
      options.onChecked(sale.reference, result.error.cause)
  }
  const schedule = () => {
    if (stopped) return
    cancelTimer = options.clock.after(intervalMs, () => {
      cancelTimer = null
      void check().then(schedule, (defect: unknown) => {
        options.reportDefect?.(defect)
        schedule()
      })
    })
  }
  schedule()

  return {
    stop() {
      stopped = true
      cancelTimer?.()
      cancelTimer = null
    }
  }
}
