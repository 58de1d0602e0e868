import { useTranslate } from '../../hooks/use-translate'
import { useQrImage } from '../../hooks/use-qr-image'

interface QrCodeImageProps {
  payLink: string
  /** SecPaid's own QR image, used only when drawing locally fails. */
  qrImg: string | null
  alt: string
}

export function QrCodeImage({ payLink, qrImg, alt }: QrCodeImageProps) {
  const t = useTranslate()
  const image = useQrImage(payLink, qrImg)
  if (image.status === 'failed') {
    return (
      <div className="qr-placeholder qr-failed" data-testid="qr-failed">
        <p>{t('qrUnavailable')}</p>
        <p className="qr-link">{payLink}</p>
      </div>
    )
  }
  return <img className="qr-image" src={image.src} alt={alt} data-testid="qr-image" />
}
