import { toString as renderQrSvg } from 'qrcode'

/**
 * The payment link as a QR code in an SVG data URL, drawn locally so no third party sees the link.
 * Always black on white with a 4-module quiet zone: phone cameras read that best whatever the app's theme.
 */
export async function qrCodeDataUrl(payLink: string): Promise<string> {
  const svg = await renderQrSvg(payLink, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' }
  })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
