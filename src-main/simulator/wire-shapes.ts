import { centsToDecimalString, centsToEur } from '../secpaid/money'
import type { PayIn } from './link-store'
import { formatSecPaidTime, formatUtcTime } from './secpaid-time'
import type { SimulatedLink, SimulatedPayout } from './types'

// SecPaid's answers field for field and in its key order: createLink and getMyUnusedLinks as their docs pages show
// them, the other endpoints as docs/secpaid.md describes them.

const SERVICE_FEE_PERCENT = 1

/** SecPaid's fee of one payment: 1 %, half up. */
export const serviceFeeCents = (amountCents: number) => Math.round((amountCents * SERVICE_FEE_PERCENT) / 100)

export const payLinkOf = (id: number) =>
  `https://app.secpaid.com/payment?link_id=${Buffer.from(String(id)).toString('base64')}`

/** SecPaid puts the pay_link into `chl` as it is, not percent-encoded, and sends a qr_img whatever is_qr_link says. */
const qrImgOf = (payLink: string) => `https://quickchart.io/chart?chl=${payLink}&chs=300x300&cht=qr`

const flagText = (value: boolean) => (value ? 'true' : 'false')

/** createLink's `data`. */
export const createdLinkData = (link: SimulatedLink) => ({
  // SecPaid's flag is inverted: "No" means the customer may cancel.
  is_cancellation: link.cancellable ? 'No' : 'Yes',
  user_id: link.userId,
  amount: centsToEur(link.amountCents),
  recipient_note: link.recipientNote,
  status: link.status,
  paymentEndpoint: link.paymentEndpoint,
  callback_url: link.callbackUrl,
  servicefee: SERVICE_FEE_PERCENT.toFixed(1),
  recipients: null,
  is_split_link: 'false',
  split_type: 'normal',
  bank_transfer: flagText(link.bankTransfer),
  is_qr_link: flagText(link.isQrLink),
  payment_config: '',
  bank_statement_description: link.bankStatementDescription ?? '',
  // The page's field table: "Creation timestamp (UTC)".
  created_at: formatUtcTime(link.createdAt),
  id: link.id,
  pay_link: payLinkOf(link.id),
  qr_img: qrImgOf(payLinkOf(link.id)),
  transaction_type: 'Basic'
})

const listedLinkFields = (link: SimulatedLink) => ({
  linktopay_id: String(link.id),
  user_id: link.userId,
  recipient_note: link.recipientNote,
  amount: centsToDecimalString(link.amountCents),
  is_cancelled: 'No',
  recipients: null,
  is_split_link: 'false'
})

export const unusedLinkItem = (link: SimulatedLink) => ({
  ...listedLinkFields(link),
  pay_link: payLinkOf(link.id),
  qr_img: qrImgOf(payLinkOf(link.id)),
  transaction_type: 'Basic'
})

export const usedLinkItem = (link: SimulatedLink) => ({
  ...listedLinkFields(link),
  paid_on: link.paidOn === null ? null : formatSecPaidTime(link.paidOn),
  transaction_type: 'Basic'
})

/**
 * One incoming payment per paid link (SecPaid's pay_id is the link id), and an approved refund as a negative entry
 * of its own. The fee is 1 % (half up), all of it SecPaid's `service_fee`.
 */
export function payInItem({ link, kind, at }: PayIn, payoutStatus: string | null = null) {
  const feeCents = serviceFeeCents(link.amountCents)
  if (kind === 'refund') {
    const refunded = link.refund?.amountCents ?? 0
    return {
      pay_id: link.id,
      amount: centsToDecimalString(-refunded),
      net_amount: centsToDecimalString(-refunded),
      service_fee: '0.00',
      service_fee_psp: '0.00',
      status: 'Success',
      recipient_note: link.recipientNote,
      payout_status: 'Pending',
      created_at: formatSecPaidTime(at),
      payment_method: null,
      transaction_type: 'Refund',
      is_split_link: 'false',
      is_refund: 'true'
    }
  }
  return {
    pay_id: link.id,
    amount: centsToDecimalString(link.amountCents),
    net_amount: centsToDecimalString(link.amountCents - feeCents),
    service_fee: centsToDecimalString(feeCents),
    service_fee_psp: '0.00',
    status: 'Success',
    recipient_note: link.recipientNote,
    // Pending until a nightly payout gathers the payment, then that payout's status.
    payout_status: payoutStatus ?? 'Pending',
    created_at: formatSecPaidTime(at),
    payment_method: null,
    transaction_type: 'Basic',
    is_split_link: 'false',
    is_refund: 'false'
  }
}

/**
 * One getPayOutTransactions item, field for field as the docs list them: `payout_amount` a string, `service_fee` and
 * `net_amount` numbers (EUR), `request_date` the day whose payments it gathers, `created_at` German time.
 */
export const payoutItem = (payout: SimulatedPayout) => ({
  payout_id: String(payout.payoutId),
  user_id: payout.userId,
  transaction_id: payout.transactionId,
  payout_amount: centsToDecimalString(payout.grossCents),
  service_fee: centsToEur(payout.feeCents),
  net_amount: centsToEur(payout.netCents),
  payout_status: payout.status,
  request_date: payout.day,
  created_at: formatSecPaidTime(payout.createdAt),
  is_split_link: 'false',
  is_dispute: 'false',
  is_refund: 'false',
  transaction_type: 'Basic'
})
