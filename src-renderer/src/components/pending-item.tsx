import { memo } from 'react'
import type { PendingLinkView } from '../../../src-preload/contract'
import { useLanguage, useTranslate } from '../hooks/use-translate'
import { formatCents } from '../lib/format-money'
import { splitRecipientNote } from '../lib/recipient-note'
import { useSaleStore } from '../stores/sale-store'
import { useSettingsStore } from '../stores/settings-store'
import { Spinner } from './spinner'

interface PendingItemProps {
  link: PendingLinkView
  /** Asks for confirmation first; the sidebar owns the one dialog. */
  onCancel: (link: PendingLinkView) => void
}

/**
 * The cashier's note leads, as that is what they look for ("table 4"); the long sale reference follows small
 * and may be cut off.
 */
export const PendingItem = memo(function PendingItem({ link, onCancel }: PendingItemProps) {
  const t = useTranslate()
  const language = useLanguage()
  const noteTemplate = useSettingsStore((state) => state.settings?.linkDefaults.noteTemplate ?? '')
  const showPendingLink = useSaleStore((state) => state.showPendingLink)
  const cancelling = useSaleStore((state) => state.cancelInFlight === link.linkId)
  const amount = formatCents(link.amountCents, language)
  const { cashierNote, reference } = splitRecipientNote(link.note, noteTemplate)
  return (
    <li className="pending-row">
      <button
        type="button"
        className="pending-item"
        onClick={() => showPendingLink(link)}
        data-testid={`pending-item-${link.linkId}`}
      >
        <span className={`pending-item-note${cashierNote === '' ? ' is-empty' : ''}`} data-testid="pending-note">
          {cashierNote === '' ? t('pendingNoNote') : cashierNote}
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
