import { useTranslate } from '../../hooks/use-translate'

/** Takes the QR code's place: a code for a deleted link must not stay scannable. */
export function LinkGone() {
  const t = useTranslate()
  return (
    <div className="qr-placeholder link-gone" role="alert" data-testid="link-gone">
      <p>{t('linkGone')}</p>
    </div>
  )
}
