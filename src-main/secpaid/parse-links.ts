import { z } from 'zod'

import { secPaidError } from './errors'
import type { CreatedLink, PaidLink, PayInTransaction, PendingLink, SecPaidResult } from './types'
import {
  centsValue,
  flagValue,
  linkIdValue,
  optionalCents,
  optionalText,
  positiveCentsValue,
  recipientsValue
} from './wire-values'

// Only what the app cannot do without fails a parse: the link id, the pay_link of a link a customer must pay, and
// its amount. Every other field reads leniently (see wire-values.ts), and fields not listed here are ignored.

/** createLink calls the id `id` (a number); the lists and another docs page call it `linktopay_id` (often a string). */
const eitherId = {
  id: linkIdValue.nullish().catch(null),
  linktopay_id: linkIdValue.nullish().catch(null)
}

function pickId(
  item: { id?: number | null | undefined; linktopay_id?: number | null | undefined },
  context: z.RefinementCtx
): number {
  const id = item.id ?? item.linktopay_id
  if (id === null || id === undefined) {
    context.addIssue({ code: 'custom', message: 'has neither id nor linktopay_id as a positive whole number' })
    return z.NEVER
  }
  return id
}

const createdLinkSchema = z
  .object({
    ...eitherId,
    pay_link: z.string().min(1),
    qr_img: optionalText,
    amount: positiveCentsValue,
    status: optionalText,
    transaction_type: optionalText,
    is_cancellation: flagValue(false),
    recipient_note: optionalText,
    callback_url: optionalText,
    paymentEndpoint: optionalText,
    payment_endpoint: optionalText,
    servicefee: optionalText,
    bank_transfer: flagValue(false),
    is_split_link: flagValue(false),
    split_type: optionalText,
    bank_statement_description: optionalText,
    is_qr_link: flagValue(false),
    recipients: recipientsValue,
    user_id: optionalText,
    created_at: optionalText
  })
  .transform((wire, context): CreatedLink => ({
    id: pickId(wire, context),
    payLink: wire.pay_link,
    qrImg: wire.qr_img || null,
    amountCents: wire.amount,
    // A link has just been created, so SecPaid's default applies when it leaves these out.
    status: wire.status ?? 'Unused',
    transactionType: wire.transaction_type ?? 'Basic',
    // Inverted on purpose: is_cancellation "No" means the customer may cancel.
    customerCanCancel: !wire.is_cancellation,
    recipientNote: wire.recipient_note,
    callbackUrl: wire.callback_url,
    paymentEndpoint: wire.paymentEndpoint ?? wire.payment_endpoint,
    serviceFeePercent: wire.servicefee,
    bankTransfer: wire.bank_transfer,
    isSplitLink: wire.is_split_link,
    splitType: wire.split_type,
    bankStatementDescription: wire.bank_statement_description,
    isQrLink: wire.is_qr_link,
    recipients: wire.recipients,
    userId: wire.user_id,
    createdAt: wire.created_at
  }))

const listedLinkFields = {
  ...eitherId,
  amount: positiveCentsValue,
  recipient_note: optionalText,
  is_cancelled: flagValue(false),
  recipients: recipientsValue,
  is_split_link: flagValue(false),
  transaction_type: optionalText
}

const listedLinkObject = z.object(listedLinkFields)

/** The fields getMyUnusedLinks and getMyUsedLinks items share, quirks resolved. */
function listedLink(wire: z.output<typeof listedLinkObject>, context: z.RefinementCtx) {
  return {
    id: pickId(wire, context),
    amountCents: wire.amount,
    recipientNote: wire.recipient_note,
    isCancelled: wire.is_cancelled,
    recipients: wire.recipients,
    isSplitLink: wire.is_split_link,
    transactionType: wire.transaction_type ?? (wire.is_split_link ? 'Split' : 'Basic')
  }
}

const pendingLinkSchema = listedLinkObject
  .extend({ pay_link: z.string().min(1), qr_img: optionalText })
  .transform((wire, context): PendingLink => ({
    ...listedLink(wire, context),
    payLink: wire.pay_link,
    qrImg: wire.qr_img || null
  }))

const paidLinkSchema = listedLinkObject
  .extend({ paid_on: optionalText })
  .transform((wire, context): PaidLink => ({ ...listedLink(wire, context), paidOn: wire.paid_on }))

const payInTransactionSchema = z
  .object({
    pay_id: linkIdValue,
    amount: centsValue,
    net_amount: optionalCents,
    service_fee: optionalCents,
    service_fee_psp: optionalCents,
    is_refund: flagValue(false),
    status: optionalText,
    payout_status: optionalText,
    recipient_note: optionalText,
    created_at: optionalText,
    payment_method: optionalText,
    transaction_type: optionalText
  })
  .transform((wire): PayInTransaction => ({
    payId: wire.pay_id,
    amountCents: wire.amount,
    netAmountCents: wire.net_amount,
    serviceFeeCents: wire.service_fee,
    serviceFeePspCents: wire.service_fee_psp,
    isRefund: wire.is_refund,
    status: wire.status,
    payoutStatus: wire.payout_status,
    recipientNote: wire.recipient_note,
    createdAt: wire.created_at,
    paymentMethod: wire.payment_method,
    transactionType: wire.transaction_type
  }))

/** An empty list may come as `data: null` or without `data`. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? [])

function describeIssue(error: z.ZodError): string {
  const [issue] = error.issues
  if (issue === undefined) return 'unreadable data'
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')
  return `data${path}: ${issue.message}`
}

export function parseWith<T>(schema: z.ZodType<T>, what: string) {
  return (data: unknown, httpStatus: number): SecPaidResult<T> => {
    const parsed = schema.safeParse(data)
    if (parsed.success) return { ok: true, value: parsed.data }
    return {
      ok: false,
      error: secPaidError(
        'bad_response',
        `SecPaid reported success but sent ${what} the app cannot read (${describeIssue(parsed.error)}).`,
        { httpStatus, badAnswer: 'unusable_data' }
      )
    }
  }
}

export const parseCreatedLink = parseWith(createdLinkSchema, 'a link')
export const parsePendingLinks = parseWith(listOf(pendingLinkSchema), 'pending links')
export const parsePaidLinks = parseWith(listOf(paidLinkSchema), 'paid links')
export const parsePayInTransactions = parseWith(listOf(payInTransactionSchema), 'transactions')
