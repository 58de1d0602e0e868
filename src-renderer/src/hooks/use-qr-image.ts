import { useMemo } from 'react'

import { qrCodeDataUrl, qrCodeDrawing, type QrDrawing } from '../lib/browser/qr-code'

type QrImage = { status: 'ready'; src: string } | { status: 'failed' }

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

type QrCode = { status: 'drawn'; drawing: QrDrawing } | { status: 'remote'; src: string } | { status: 'failed' }

/**
 * The link's QR code as geometry for an inline SVG, painted in the same frame as the screen (no image to decode);
 * SecPaid's own QR image (`fallbackUrl`) only if the link cannot be encoded.
 */
export function useQrCode(payLink: string, fallbackUrl: string | null): QrCode {
  const drawing = useMemo(() => {
    try {
      return qrCodeDrawing(payLink)
    } catch {
      return null
    }
  }, [payLink])
  if (drawing !== null) return { status: 'drawn', drawing }
  if (fallbackUrl !== null && fallbackUrl !== '') return { status: 'remote', src: fallbackUrl }
  return { status: 'failed' }
}
