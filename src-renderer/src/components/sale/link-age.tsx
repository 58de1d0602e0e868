import { useNow } from '../../hooks/use-now'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatAge } from '../../lib/format/format-age'

/** How long ago the link on screen was made: a customer holding up a paid link from an hour ago is told apart. */
export function LinkAge({ createdAt }: { createdAt: string | null }) {
  const t = useTranslate()
  const language = useLanguage()
  const now = useNow(15_000)
  const age = createdAt === null ? null : formatAge(createdAt, now, language)
  if (age === null) return null
  return (
    <p className="qr-age" data-testid="qr-age">
      {t('linkAge', { age })}
    </p>
  )
}
