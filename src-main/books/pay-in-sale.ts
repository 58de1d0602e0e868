import type { SaleRecord } from '../journal/sale-record'
import { paidAt } from '../journal/sale-status'
import type { PayInTransaction } from '../secpaid/types'

/** A payment SecPaid took (not a refund, not one still pending). */
export const isPayment = (transaction: PayInTransaction): boolean =>
  !transaction.isRefund && transaction.transactionType !== 'Refund' && transaction.status === 'Success'

/** An approved refund: SecPaid's negative entry for a link it had been paid for. */
export const isRefund = (transaction: PayInTransaction): boolean =>
  transaction.isRefund || transaction.transactionType === 'Refund'

export interface SaleLookUps {
  byLinkId: (linkId: number) => SaleRecord | undefined
  byReference: (reference: string) => SaleRecord | undefined
}

/** The sale a pay-in belongs to: by link id, else by the reference that starts its recipient_note. */
export function saleOfPayIn(transaction: PayInTransaction, lookUps: SaleLookUps): SaleRecord | undefined {
  const linked = lookUps.byLinkId(transaction.payId)
  if (linked !== undefined) return linked
  const firstWord = transaction.recipientNote?.trim().split(/\s+/)[0]
  return firstWord ? lookUps.byReference(firstWord) : undefined
}

/** When this journal recorded the sale paid (ms), if it did. */
export function paidAtMs(sale: SaleRecord): number | undefined {
  const paid = paidAt(sale)
  return paid === undefined ? undefined : Date.parse(paid)
}
