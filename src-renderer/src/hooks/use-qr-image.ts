import { useMemo } from 'react'
import { qrCodeDataUrl } from '../lib/qr-code'

export type QrImage = { status: 'ready'; src: string } | { status: 'failed' }

/** The link's QR code drawn locally; SecPaid's own QR image (`fallbackUrl`) only if drawing fails. */
export function useQrImage(payLink: string, fallbackUrl: string | null): QrImage {
  const drawn = useMemo(() => {
    try {
      return qrCodeDataUrl(payLink)
    } catch {
      return null
    }
  }, [payLink])
  if (drawn !== null) return { status: 'ready', src: drawn }
  if (fallbackUrl !== null && fallbackUrl !== '') return { status: 'ready', src: fallbackUrl }
  return { status: 'failed' }
}
