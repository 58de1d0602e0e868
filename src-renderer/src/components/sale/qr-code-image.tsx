import { useQrCode } from '../../hooks/use-qr-image'
import { useTranslate } from '../../hooks/use-translate'

interface QrCodeImageProps {
  payLink: string
  /** SecPaid's own QR image, used only when drawing locally fails. */
  qrImg: string | null
  alt: string
}

export function QrCodeImage({ payLink, qrImg, alt }: QrCodeImageProps) {
  const t = useTranslate()
  const code = useQrCode(payLink, qrImg)
  if (code.status === 'failed') {
    return (
      <div className="qr-placeholder qr-failed" data-testid="qr-failed">
        <p>{t('qrUnavailable')}</p>
        <p className="qr-link">{payLink}</p>
      </div>
    )
  }
  if (code.status === 'remote') return <img className="qr-image" src={code.src} alt={alt} data-testid="qr-image" />
  const { size, path } = code.drawing
  // Inline, so it paints with the screen's first frame: an <img> would first have to decode its SVG.
  return (
    <svg
      className="qr-image"
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      role="img"
      aria-label={alt}
      data-testid="qr-image"
    >
      <path fill="#000000" d={path} />
    </svg>
  )
}
