import { type LifeStep, type RefundStep, refundSteps, type SaleStatus } from '../../src-preload/contract/sale-status'
import type { SaleRecord } from './sale-record'

/**
 * The one fold of a sale's journal lines into where it stands: every part of main that asks (paid detection, the
 * settler, History, the day close, the CSV, receipts, refunds, today's totals) asks here. A new status is a step here.
 */
const STATUS_AFTER: Record<LifeStep, SaleStatus> = {
  creating: 'waiting',
  created: 'waiting',
  paid: 'paid',
  cancelled: 'cancelled',
  failed: 'failed'
}

const REFUND_STEPS: ReadonlySet<string> = new Set(refundSteps)

export const isRefundStep = (step: string): step is RefundStep => REFUND_STEPS.has(step)

/** Where the sale stands now. */
export const saleStatus = (sale: Pick<SaleRecord, 'status'>): SaleStatus => STATUS_AFTER[sale.status]

/** Where the sale stood once the lines before `endMs` were written (refund steps stand beside it); null before it started. */
export function saleStatusAt(sale: Pick<SaleRecord, 'history'>, endMs: number): SaleStatus | null {
  let status: SaleStatus | null = null
  for (const change of sale.history) {
    if (Date.parse(change.at) >= endMs) break
    if (!isRefundStep(change.status)) status = STATUS_AFTER[change.status]
  }
  return status
}

/** A sale whose customer may still pay: its link is being made or waits. */
export const isWaiting = (sale: Pick<SaleRecord, 'status'>): boolean => saleStatus(sale) === 'waiting'

/** A waiting sale whose link SecPaid gave: what paid detection and the settler watch. */
export const awaitsPayment = <T extends Pick<SaleRecord, 'status' | 'linkId'>>(
  sale: T
): sale is T & { linkId: number } => isWaiting(sale) && sale.linkId !== null

/** The moment the sale was recorded paid, when it was. */
export const paidAt = (sale: Pick<SaleRecord, 'history'>): string | undefined =>
  sale.history.find((change) => change.status === 'paid')?.at

/** A refund asked for and not refused: it counts, and shows beside the paid sale. */
export const refundCounts = (sale: Pick<SaleRecord, 'refund'>): boolean =>
  sale.refund !== undefined && sale.refund.state !== 'refused'
