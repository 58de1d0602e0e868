import { useState } from 'react'

import type { SaleDetail } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatDay } from '../../lib/format/format-date'
import { formatCents } from '../../lib/format/format-money'
import { formatTime, refundAsked, statusLabel, STEP_LABEL } from '../../lib/words/books-labels'
import { errorMessage, saleFailureMessage } from '../../lib/words/error-messages'
import { LOCALES } from '../../lib/words/i18n'
import { useHistoryStore } from '../../stores/history-store'
import { PrintReceiptButton } from '../receipt/print-receipt-button'
import { CancelSaleDialog } from '../sale/cancel-sale-dialog'
import { RefundDialog } from './refund-dialog'

/** One sale: what it was, each status change with its time, and what can still be done with it. */
export function SaleDetailView({ detail }: { detail: SaleDetail }) {
  const t = useTranslate()
  const language = useLanguage()
  const { refundError, refundDone, refundInFlight } = useHistoryStore()
  const { closeSale, showQr, cancelSale, refund } = useHistoryStore.getState()
  const [dialog, setDialog] = useState<'refund' | 'cancel' | null>(null)
  const { sale } = detail
  const locale = LOCALES[language]
  const refundUnknown = sale.refund?.state === 'requested'

  return (
    <div className="books-body sale-detail" data-testid="sale-detail">
      <button type="button" className="secondary-button" onClick={closeSale} data-testid="sale-detail-close">
        {t('saleDetailClose')}
      </button>
      <h2>{t('saleDetailTitle', { reference: sale.reference })}</h2>
      <p className="sale-detail-amount">{formatCents(sale.amountCents, language)}</p>
      <p>{sale.note === '' ? t('historyNoNote') : sale.note}</p>
      <p>
        {formatDay(sale.day, language)} · {formatTime(sale.at, locale)}
        {sale.till !== null && ` · ${t('saleTill', { till: sale.till })}`}
        {sale.linkId !== null && ` · ${t('saleLinkId', { linkId: sale.linkId })}`}
      </p>
      <p className={`status-badge status-${sale.status}`} data-testid="sale-detail-status">
        {t(statusLabel(sale.status, refundAsked(sale.refund)))}
      </p>
      {detail.failure !== null && <p>{saleFailureMessage(detail.failure, language)}</p>}
      {sale.refund !== null && refundAsked(sale.refund) && (
        <p data-testid="sale-refund">
          {t(refundUnknown ? 'saleRefundUnknown' : 'saleRefundOf', {
            amount: formatCents(sale.refund.amountCents, language)
          })}
        </p>
      )}
      <h3>{t('saleStatusHistory')}</h3>
      <ol className="sale-steps" data-testid="sale-steps">
        {detail.history.map((change, index) => (
          <li key={`${change.step}-${index}`}>
            <time dateTime={change.at}>{formatTime(change.at, locale)}</time> {t(STEP_LABEL[change.step])}
          </li>
        ))}
        {(detail.outOfOrder ?? []).map((line, index) => (
          <li key={`out-of-order-${index}`} className="sale-step-out-of-order" data-testid="sale-step-out-of-order">
            {t('saleOutOfOrder', { step: t(STEP_LABEL[line.step]), time: formatTime(line.at, locale) })}
          </li>
        ))}
      </ol>
      {refundDone !== null && refundDone.state === 'sent' && (
        <p role="status" data-testid="refund-done">
          {t('refundDone', { amount: formatCents(refundDone.amountCents, language) })}
        </p>
      )}
      {refundError !== null && (
        <p role="alert" data-testid="refund-error">
          {errorMessage(refundError, language)}
        </p>
      )}
      {/* The sale's actions; "Print receipt" joins them for a paid sale. */}
      <div className="sale-actions" data-testid="sale-actions">
        {detail.link !== null && (
          <>
            <button type="button" className="primary-button" onClick={showQr} data-testid="sale-show-qr">
              {t('saleShowQr')}
            </button>
            <button
              type="button"
              className="danger-button"
              onClick={() => setDialog('cancel')}
              data-testid="sale-cancel"
            >
              {t('cancelSale')}
            </button>
          </>
        )}
        {sale.status === 'paid' && <PrintReceiptButton reference={sale.reference} />}
        {detail.refundableCents > 0 && !refundUnknown && (
          <button
            type="button"
            className="secondary-button"
            onClick={() => setDialog('refund')}
            data-testid="sale-refund-button"
          >
            {t('saleRefund')}
          </button>
        )}
        {refundUnknown && sale.refund !== null && (
          <button
            type="button"
            className="secondary-button"
            disabled={refundInFlight}
            onClick={() => void refund(sale.refund?.amountCents ?? 0)}
            data-testid="sale-refund-check"
          >
            {t('saleRefundCheck')}
          </button>
        )}
      </div>
      {dialog === 'cancel' && (
        <CancelSaleDialog
          amountCents={sale.amountCents}
          onConfirm={() => {
            setDialog(null)
            void cancelSale()
          }}
          onKeep={() => setDialog(null)}
        />
      )}
      {dialog === 'refund' && (
        <RefundDialog
          paidCents={detail.refundableCents}
          onConfirm={(amountCents, pin) => {
            setDialog(null)
            void refund(amountCents, pin)
          }}
          onKeep={() => setDialog(null)}
        />
      )}
    </div>
  )
}
