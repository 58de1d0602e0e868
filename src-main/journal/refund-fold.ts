import type { SaleRefund } from '../../src-preload/contract'
import type { RefundEvent, SaleEvent } from './sale-record'
import { isRefundStep } from './sale-status'

export const isRefundEvent = (event: SaleEvent): event is RefundEvent => isRefundStep(event.type)

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
