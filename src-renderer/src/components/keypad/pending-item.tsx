import { memo } from 'react'

import type { LinkView } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatAge } from '../../lib/format/format-age'
import { formatCents } from '../../lib/format/format-money'
import { useCancelSaleStore } from '../../stores/cancel-sale-store'
import { useSaleStore } from '../../stores/sale-store'
import { Spinner } from '../shared/spinner'

interface PendingItemProps {
  link: LinkView
  /** The time the ages are told against; renewed by the list, so rows do not each run a timer. */
  now: number
  /** Asks for confirmation first; the sidebar owns the one dialog. */
  onCancel: (link: LinkView) => void
}

/**
 * The cashier's note leads, as that is what they look for ("table 4"); the long sale reference follows small
 * and may be cut off.
 */
export const PendingItem = memo(function PendingItem({ link, now, onCancel }: PendingItemProps) {
  const t = useTranslate()
  const language = useLanguage()
  const showPendingLink = useSaleStore((state) => state.showPendingLink)
  const cancelling = useCancelSaleStore((state) => state.cancelInFlight === link.linkId)
  const amount = formatCents(link.amountCents, language)
  const reference = link.reference ?? ''
  const age = link.createdAt === null ? null : formatAge(link.createdAt, now, language)
  return (
    <div className="pending-row">
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
        <span className="pending-item-meta">
          <span className="pending-item-reference" title={reference} data-testid="pending-reference">
            {reference}
          </span>
          {age !== null && (
            <span className="pending-item-age" data-testid="pending-age">
              {age}
            </span>
          )}
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
    </div>
  )
})
