import { useEffect, useState } from 'react'
import { qrCodeDataUrl } from '../lib/qr-code'

export type QrImage = { status: 'drawing' } | { status: 'ready'; src: string } | { status: 'failed' }

/** The link's QR code drawn locally; SecPaid's own QR image (`fallbackUrl`) only if drawing fails. */
export function useQrImage(payLink: string, fallbackUrl: string | null): QrImage {
  const [drawn, setDrawn] = useState<{ payLink: string; src: string | null } | null>(null)

  useEffect(() => {
    let current = true
    const show = (src: string | null) => {
      if (current) setDrawn({ payLink, src })
    }
    qrCodeDataUrl(payLink).then(show, () => show(null))
    return () => {
      current = false
    }
  }, [payLink])

  if (drawn === null || drawn.payLink !== payLink) return { status: 'drawing' }
  if (drawn.src !== null) return { status: 'ready', src: drawn.src }
  if (fallbackUrl !== null && fallbackUrl !== '') return { status: 'ready', src: fallbackUrl }
  return { status: 'failed' }
}
