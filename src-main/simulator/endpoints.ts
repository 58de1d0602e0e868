import { type EnvelopeAnswer, failure, MESSAGES, success } from './envelope'
import type { LinkStore, RefundOutcome } from './link-store'
import type { PayoutStore } from './payout-store'
import {
  readAmountCents,
  readCount,
  readFlag,
  readLinkId,
  readRefundAmountCents,
  readSearch,
  readText
} from './request-fields'
import { createdLinkData, payInItem, payoutItem, unusedLinkItem, usedLinkItem } from './wire-shapes'

type Body = Record<string, unknown>
type Endpoint = (store: LinkStore, apiKey: string, body: Body, payouts: PayoutStore) => EnvelopeAnswer

const DATE = /^\d{4}-\d{2}-\d{2}$/

function createLink(store: LinkStore, apiKey: string, body: Body): EnvelopeAnswer {
  const amount = readAmountCents(body.amount)
  if (!amount.ok) return failure(400, amount.message)
  const link = store.create(apiKey, {
    amountCents: amount.value,
    recipientNote: readText(body.recipient_note),
    callbackUrl: readText(body.callback_url),
    paymentEndpoint: readText(body.payment_endpoint),
    cancellable: readFlag(body.cancellable, true),
    bankTransfer: readFlag(body.bank_transfer, false),
    isEncryption: readFlag(body.is_encryption, false),
    encryptionKey: readText(body.encryption_key),
    bankStatementDescription: readText(body.bank_statement_description),
    isQrLink: readFlag(body.is_qr_link, false)
  })
  return success(MESSAGES.linkCreated, createdLinkData(link))
}

const listFilter = (body: Body) => ({ limit: readCount(body.limit, 10, 1000), search: readSearch(body.search) })

const getMyUnusedLinks: Endpoint = (store, apiKey, body) =>
  success(MESSAGES.listRetrieved, store.unused(apiKey, listFilter(body)).map(unusedLinkItem))

const getMyUsedLinks: Endpoint = (store, apiKey, body) =>
  success(MESSAGES.listRetrieved, store.used(apiKey, listFilter(body)).map(usedLinkItem))

function deleteLink(store: LinkStore, apiKey: string, body: Body): EnvelopeAnswer {
  const linkId = readLinkId(body.link_id)
  if (!linkId.ok) return failure(linkId.message === MESSAGES.invalidLinkId ? 404 : 400, linkId.message)
  switch (store.delete(apiKey, linkId.value)) {
    case 'deleted':
      return success(MESSAGES.linkDeleted)
    case 'used':
      return failure(400, MESSAGES.linkAlreadyUsed)
    case 'unknown':
      return failure(404, MESSAGES.invalidLinkId)
  }
}

const dateOf = (value: unknown) => {
  const text = readText(value)
  return text !== null && DATE.test(text) ? text : null
}

function getPayInTransactions(store: LinkStore, apiKey: string, body: Body, payouts: PayoutStore): EnvelopeAnswer {
  payouts.catchUp()
  const payId = readLinkId(body.pay_id)
  const payIns = store.payIns(apiKey, {
    page: readCount(body.page, 1, Number.MAX_SAFE_INTEGER),
    limit: readCount(body.limit, 200, 1000),
    search: readSearch(body.search),
    date: dateOf(body.date),
    sinceDays: readCount(body.since, null, 36_500),
    payId: payId.ok ? payId.value : null
  })
  return success(
    MESSAGES.transactionsRetrieved,
    payIns.map((payIn) => payInItem(payIn, payIn.kind === 'payment' ? payouts.statusOfLink(payIn.link.id) : null))
  )
}

/** Payouts newest day first; `limit` 10 unless asked (at most 1000), `search` within transaction_id. */
function getPayOutTransactions(_store: LinkStore, apiKey: string, body: Body, payouts: PayoutStore): EnvelopeAnswer {
  payouts.catchUp()
  return success(
    MESSAGES.transactionsRetrieved,
    payouts
      .list(apiKey, {
        page: readCount(body.page, 1, Number.MAX_SAFE_INTEGER),
        limit: readCount(body.limit, 10, 1000),
        search: readSearch(body.search),
        startDate: dateOf(body.start_date),
        endDate: dateOf(body.end_date)
      })
      .map(payoutItem)
  )
}

const REFUND_REFUSALS: Record<Exclude<RefundOutcome, 'requested'>, { status: number; message: string }> = {
  unknown: { status: 404, message: MESSAGES.invalidLinkId },
  cancelled: { status: 400, message: MESSAGES.linkCancelled },
  not_paid: { status: 400, message: MESSAGES.linkNotPaid },
  invoice: { status: 400, message: MESSAGES.invoiceNotRefundable },
  already_requested: { status: 400, message: MESSAGES.refundAlreadyRequested },
  disputed: { status: 400, message: MESSAGES.refundBlockedByDispute },
  invalid_amount: { status: 400, message: MESSAGES.invalidRefundAmount }
}

function refundPayment(store: LinkStore, apiKey: string, body: Body): EnvelopeAnswer {
  const payId = readLinkId(body.pay_id)
  if (!payId.ok) {
    return payId.message === MESSAGES.missingLinkId
      ? failure(400, MESSAGES.missingPayId)
      : failure(404, MESSAGES.invalidLinkId)
  }
  const amount = readRefundAmountCents(body.refund_amount)
  if (amount === 'missing') return failure(400, MESSAGES.missingRefundAmount)
  const outcome = store.refund(apiKey, payId.value, {
    amountCents: amount ?? 0,
    full: readFlag(body.isFullRefund, false)
  })
  if (outcome === 'requested') return success(MESSAGES.refundRequested)
  const refusal = REFUND_REFUSALS[outcome]
  return failure(refusal.status, refusal.message)
}

export const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  createLink,
  getMyUnusedLinks,
  getMyUsedLinks,
  deleteLink,
  getPayInTransactions,
  getPayOutTransactions,
  refundPayment
}
