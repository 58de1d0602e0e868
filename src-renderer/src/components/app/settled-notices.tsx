import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format-money'
import { useNoticeStore } from '../../stores/notice-store'

/** Short notices for sales settled away from the QR screen: "table 4 · €6.00 paid". A tap dismisses one. */
export function SettledNotices() {
  const t = useTranslate()
  const language = useLanguage()
  const notices = useNoticeStore((state) => state.notices)
  const dismiss = useNoticeStore((state) => state.dismiss)
  return (
    <div className="settled-notices" role="status" aria-live="polite" data-testid="settled-notices">
      {notices.map(({ id, sale }) => {
        const label = sale.note === '' ? sale.reference : sale.note
        const amount = formatCents(sale.amountCents, language)
        return (
          <button
            key={id}
            type="button"
            className={`settled-notice settled-notice-${sale.status}`}
            onClick={() => dismiss(id)}
            data-testid="settled-notice"
          >
            {t(sale.status === 'paid' ? 'noticePaid' : 'noticeGone', { label, amount })}
          </button>
        )
      })}
    </div>
  )
}
