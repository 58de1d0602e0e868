import type { LinkView } from '../../src-preload/contract'
import type { SaleRecord } from '../journal/sale-record'
import { saleStatus } from '../journal/sale-status'
import type { PendingLink } from '../secpaid/types'

/** A link this till made, as its journal knows it. */
export function saleLinkView(sale: SaleRecord): LinkView {
  return {
    linkId: sale.linkId ?? 0,
    payLink: sale.payLink ?? '',
    qrImg: sale.qrImg,
    amountCents: sale.amountCents,
    reference: sale.reference,
    note: sale.note,
    createdAt: sale.history[0]?.at ?? null,
    state: saleStatus(sale),
    kind: 'Basic'
  }
}

/** A link from SecPaid's pending list, with what the journal adds when this till made it. */
export function pendingLinkView(link: PendingLink, sale: SaleRecord | undefined): LinkView {
  const kind = link.isSplitLink || link.transactionType === 'Split' ? 'Split' : 'Basic'
  return {
    linkId: link.id,
    payLink: link.payLink,
    qrImg: link.qrImg,
    amountCents: link.amountCents,
    reference: sale?.reference ?? null,
    note: sale === undefined ? (link.recipientNote ?? '') : sale.note,
    createdAt: sale?.history[0]?.at ?? null,
    state: 'waiting',
    kind
  }
}
