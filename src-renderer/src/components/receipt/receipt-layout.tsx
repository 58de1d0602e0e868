import type { Language, ReceiptData, SaleItem } from '../../../../src-preload/contract'
import { formatDateTime } from '../../lib/format/format-date-time'
import { formatCents } from '../../lib/format/format-money'
import { translate } from '../../lib/words/i18n'
import { ReceiptVat } from './receipt-vat'

/**
 * A receipt laid out for its paper (58 mm, 80 mm thermal or A4, by CSS named pages): shop, time, lines, tip,
 * total, VAT per rate (or the § 19 UStG note), a refund with its own amount and state, reference, SecPaid link and
 * "paid with SecPaid". Long names wrap; nothing is wider than the paper.
 */
export function ReceiptLayout({ receipt, language }: { receipt: ReceiptData; language: Language }) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params)
  const money = (cents: number) => formatCents(cents, language)
  const itemName = (item: SaleItem) => item.name ?? t('amountLine')
  const { shop } = receipt

  return (
    <article className={`receipt receipt-${receipt.paper}`} data-testid="receipt" lang={language}>
      <header className="receipt-shop">
        {shop.name !== '' && <h1 data-testid="receipt-shop-name">{shop.name}</h1>}
        {shop.address !== '' && (
          <p className="receipt-address" data-testid="receipt-shop-address">
            {shop.address}
          </p>
        )}
        {shop.vatId !== '' && <p data-testid="receipt-vat-id">{t('receiptVatId', { vatId: shop.vatId })}</p>}
        {receipt.taxNumber !== '' && (
          <p data-testid="receipt-tax-number">{t('receiptTaxNumber', { taxNumber: receipt.taxNumber })}</p>
        )}
      </header>
      <p className="receipt-time" data-testid="receipt-time">
        {formatDateTime(receipt.paidAt, language)}
      </p>
      <ul className="receipt-items">
        {receipt.items.map((item, index) => (
          <li key={index} className="receipt-item" data-testid="receipt-item">
            <span className="receipt-item-name">{itemName(item)}</span>
            {item.quantity > 1 && (
              <span className="receipt-item-quantity">
                {t('receiptQuantityTimes', { quantity: item.quantity, unit: money(item.unitCents) })}
              </span>
            )}
            <span className="receipt-amount">{money(item.totalCents)}</span>
          </li>
        ))}
      </ul>
      <dl className="receipt-figures">
        {receipt.tipCents > 0 && (
          <>
            <dt>{t('subtotal')}</dt>
            <dd className="receipt-amount">{money(receipt.subtotalCents)}</dd>
            <dt data-testid="receipt-tip-kind">
              {t(receipt.tipKind === 'staff' ? 'receiptTipStaff' : 'receiptTipShop')}
            </dt>
            <dd className="receipt-amount" data-testid="receipt-tip">
              {money(receipt.tipCents)}
            </dd>
          </>
        )}
        <dt className="receipt-total">{t('total')}</dt>
        <dd className="receipt-amount receipt-total" data-testid="receipt-total">
          {money(receipt.totalCents)}
        </dd>
        {receipt.refund !== null && (
          <>
            <dt data-testid="receipt-refund-state">
              {t(receipt.refund.state === 'sent' ? 'receiptRefundSent' : 'receiptRefundRequested', {
                date: formatDateTime(receipt.refund.at, language)
              })}
            </dt>
            <dd className="receipt-amount" data-testid="receipt-refund">
              −{money(receipt.refund.amountCents)}
            </dd>
          </>
        )}
      </dl>
      <ReceiptVat receipt={receipt} language={language} />
      {receipt.refund !== null && <p className="receipt-refund-note">{t('receiptRefundNote')}</p>}
      {receipt.note !== '' && <p className="receipt-note">{receipt.note}</p>}
      <dl className="receipt-ids">
        <dt>{t('receiptReference')}</dt>
        <dd data-testid="receipt-reference">{receipt.reference}</dd>
        <dt>{t('receiptLinkId')}</dt>
        <dd data-testid="receipt-link-id">{receipt.linkId}</dd>
      </dl>
      <p className="receipt-paid-with">{t('receiptPaidWith')}</p>
    </article>
  )
}
