import { centsToEur } from './money'
import type { CreateLinkInput, ListQuery, PayInQuery, PayOutQuery, RefundInput } from './types'

/** SecPaid reads these flags as the strings "true"/"false". */
const flagText = (value: boolean | undefined) => (value === undefined ? undefined : String(value))

const definedOnly = (body: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined))

export const createLinkBody = (input: CreateLinkInput) =>
  definedOnly({
    amount: centsToEur(input.amountCents),
    recipient_note: input.recipientNote,
    callback_url: input.callbackUrl,
    payment_endpoint: input.paymentEndpoint,
    cancellable: input.cancellable,
    bank_transfer: flagText(input.bankTransfer),
    is_encryption: flagText(input.isEncryption),
    encryption_key: input.encryptionKey,
    bank_statement_description: input.bankStatementDescription,
    is_qr_link: flagText(input.isQrLink)
  })

export const listBody = (query: ListQuery) => definedOnly({ limit: query.limit, search: query.search })

export const payInBody = (query: PayInQuery) =>
  definedOnly({
    page: query.page,
    limit: query.limit,
    search: query.search,
    date: query.date,
    since: query.since,
    pay_id: query.payId
  })

export const payOutBody = (query: PayOutQuery) =>
  definedOnly({
    page: query.page,
    limit: query.limit,
    search: query.search,
    start_date: query.startDate,
    end_date: query.endDate
  })

/** `refund_amount` goes out also for a full refund: SecPaid requires it. */
export const refundBody = (input: RefundInput) => ({
  pay_id: input.payId,
  refund_amount: centsToEur(input.amountCents),
  isFullRefund: input.isFullRefund
})
