import type { SaleRefund } from '../../src-preload/contract'
import type { RefundEvent, SaleEvent } from './sale-record'

export const isRefundEvent = (event: SaleEvent): event is RefundEvent =>
  event.type === 'refund_requested' || event.type === 'refund_sent' || event.type === 'refund_refused'

/** The sale's refund after one more refund line; an outcome without a request before it (a hand edit) is ignored. */
export function foldRefund(refund: SaleRefund | undefined, event: RefundEvent): SaleRefund | undefined {
  switch (event.type) {
    case 'refund_requested':
      return { amountCents: event.amountCents, full: event.full, at: event.at, state: 'requested', refusal: null }
    case 'refund_sent':
      return refund && { ...refund, state: 'sent', refusal: null }
    case 'refund_refused':
      return refund && { ...refund, state: 'refused', refusal: event.refusal }
  }
}
