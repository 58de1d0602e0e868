import { memo } from 'react'
import type { LinkView } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format-money'
import { useSaleStore } from '../../stores/sale-store'
import { Spinner } from '../shared/spinner'

interface PendingItemProps {
  link: LinkView
  /** Asks for confirmation first; the sidebar owns the one dialog. */
  onCancel: (link: LinkView) => void
}

/**
 * The cashier's note leads, as that is what they look for ("table 4"); the long sale reference follows small
 * and may be cut off.
 */
export const PendingItem = memo(function PendingItem({ link, onCancel }: PendingItemProps) {
  const t = useTranslate()
  const language = useLanguage()
  const showPendingLink = useSaleStore((state) => state.showPendingLink)
  const cancelling = useSaleStore((state) => state.cancelInFlight === link.linkId)
  const amount = formatCents(link.amountCents, language)
  const reference = link.reference ?? ''
  return (
    <li className="pending-row">
      <button
        type="button"
        className="pending-item"
        onClick={() => showPendingLink(link)}
        data-testid={`pending-item-${link.linkId}`}
      >
        <span className={`pending-item-note${link.note === '' ? ' is-empty' : ''}`} data-testid="pending-note">
          {link.note === '' ? t('pendingNoNote') : link.note}
        </span>
        <span className="pending-item-amount">{amount}</span>
        <span className="pending-item-reference" title={reference} data-testid="pending-reference">
          {reference}
        </span>
        <span className={`badge badge-${link.kind.toLowerCase()}`}>
          {link.kind === 'Split' ? t('kindSplit') : t('kindBasic')}
        </span>
      </button>
      <button
        type="button"
        className="icon-button pending-cancel"
        onClick={() => onCancel(link)}
        disabled={cancelling}
        aria-label={t('cancelSaleFor', { amount })}
        title={t('cancelSale')}
        data-testid={`pending-cancel-${link.linkId}`}
      >
        {cancelling ? <Spinner /> : <span aria-hidden="true">✕</span>}
      </button>
    </li>
  )
})
