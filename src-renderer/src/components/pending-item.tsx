import { memo } from 'react'
import type { PendingLinkView } from '../../../src-preload/contract'
import { useLanguage, useTranslate } from '../hooks/use-translate'
import { formatCents } from '../lib/format-money'
import { useSaleStore } from '../stores/sale-store'

export const PendingItem = memo(function PendingItem({ link }: { link: PendingLinkView }) {
  const t = useTranslate()
  const language = useLanguage()
  const showPendingLink = useSaleStore((state) => state.showPendingLink)
  return (
    <li>
      <button
        type="button"
        className="pending-item"
        onClick={() => showPendingLink(link)}
        data-testid={`pending-item-${link.linkId}`}
      >
        <span className="pending-item-amount">{formatCents(link.amountCents, language)}</span>
        <span className={`badge badge-${link.kind.toLowerCase()}`}>{link.kind}</span>
        <span className={`pending-item-note${link.note === '' ? ' is-empty' : ''}`}>
          {link.note === '' ? t('pendingNoNote') : link.note}
        </span>
      </button>
    </li>
  )
})
