import { centsToDecimalString, centsToEur } from '../secpaid/money'
import { formatSecPaidTime } from './secpaid-time'
import type { SimulatedLink } from './types'

const SERVICE_FEE_PERCENT = 1

export const payLinkOf = (id: number) =>
  `https://app.secpaid.com/payment?link_id=${Buffer.from(String(id)).toString('base64')}`

export const qrImgOf = (payLink: string) =>
  `https://quickchart.io/chart?chl=${encodeURIComponent(payLink)}&chs=300x300&cht=qr`

const qrImgOfLink = (link: SimulatedLink) => (link.isQrLink ? qrImgOf(payLinkOf(link.id)) : null)

const flagText = (value: boolean) => (value ? 'true' : 'false')

/** createLink's `data`, field for field as in SecPaid's docs. */
export const createdLinkData = (link: SimulatedLink) => ({
  id: link.id,
  pay_link: payLinkOf(link.id),
  qr_img: qrImgOfLink(link),
  amount: centsToEur(link.amountCents),
  status: link.status,
  transaction_type: 'Basic',
  // SecPaid's flag is inverted: "No" means the customer may cancel.
  is_cancellation: link.cancellable ? 'No' : 'Yes',
  recipient_note: link.recipientNote,
  callback_url: link.callbackUrl,
  paymentEndpoint: link.paymentEndpoint,
  servicefee: SERVICE_FEE_PERCENT.toFixed(1),
  bank_transfer: flagText(link.bankTransfer),
  is_split_link: 'false',
  split_type: 'normal',
  bank_statement_description: link.bankStatementDescription,
  is_qr_link: flagText(link.isQrLink),
  payment_config: null,
  recipients: null,
  user_id: link.userId,
  created_at: formatSecPaidTime(link.createdAt)
})

const listedLinkFields = (link: SimulatedLink) => ({
  linktopay_id: String(link.id),
  user_id: link.userId,
  recipient_note: link.recipientNote,
  amount: centsToDecimalString(link.amountCents),
  is_cancelled: 'No',
  recipients: null,
  is_split_link: 'false',
  transaction_type: 'Basic'
})

export const unusedLinkItem = (link: SimulatedLink) => ({
  ...listedLinkFields(link),
  pay_link: payLinkOf(link.id),
  qr_img: qrImgOfLink(link)
})

export const usedLinkItem = (link: SimulatedLink) => ({
  ...listedLinkFields(link),
  paid_on: link.paidOn === null ? null : formatSecPaidTime(link.paidOn)
})

/** One incoming payment per paid link; SecPaid's pay_id is the link id. */
export function payInItem(link: SimulatedLink) {
  const feeCents = Math.round((link.amountCents * SERVICE_FEE_PERCENT) / 100)
  return {
    pay_id: link.id,
    amount: centsToDecimalString(link.amountCents),
    net_amount: centsToDecimalString(link.amountCents - feeCents),
    service_fee: centsToDecimalString(feeCents),
    service_fee_psp: '0.00',
    status: 'Success',
    recipient_note: link.recipientNote,
    payout_status: 'Pending',
    created_at: link.paidOn === null ? null : formatSecPaidTime(link.paidOn),
    payment_method: null,
    transaction_type: 'Basic',
    is_split_link: 'false',
    is_refunded: 'false'
  }
}
