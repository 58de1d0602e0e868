import { failure, MESSAGES, success, type EnvelopeAnswer } from './envelope'
import type { LinkStore } from './link-store'
import { readAmountCents, readCount, readFlag, readLinkId, readSearch, readText } from './request-fields'
import { createdLinkData, payInItem, unusedLinkItem, usedLinkItem } from './wire-shapes'

type Body = Record<string, unknown>
type Endpoint = (store: LinkStore, apiKey: string, body: Body) => EnvelopeAnswer

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

function getPayInTransactions(store: LinkStore, apiKey: string, body: Body): EnvelopeAnswer {
  const date = readText(body.date)
  const payId = readLinkId(body.pay_id)
  const paid = store.paid(apiKey, {
    page: readCount(body.page, 1, Number.MAX_SAFE_INTEGER),
    limit: readCount(body.limit, 200, 1000),
    search: readSearch(body.search),
    date: date !== null && DATE.test(date) ? date : null,
    sinceDays: readCount(body.since, null, 36_500),
    payId: payId.ok ? payId.value : null
  })
  return success(MESSAGES.transactionsRetrieved, paid.map(payInItem))
}

export const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  createLink,
  getMyUnusedLinks,
  getMyUsedLinks,
  deleteLink,
  getPayInTransactions
}
