import { toString as renderQrSvg } from 'qrcode'

/**
 * The pay link as a black-on-white SVG QR code with a 4-module quiet zone, as a data URL the page shows in an <img>.
 * Rendered here rather than in the page so the page needs no QR library; the same options as the cashier's screen.
 */
export async function qrSvgDataUrl(payLink: string): Promise<string> {
  const svg = await renderQrSvg(payLink, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' }
  })
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`
}

/** Pages poll several times a second while one QR is up: it is drawn once per pay link (only the current one is kept). */
export function createQrSvgCache(render: (payLink: string) => Promise<string> = qrSvgDataUrl) {
  let cached: { payLink: string; dataUrl: Promise<string> } | null = null
  return (payLink: string): Promise<string> => {
    if (cached?.payLink !== payLink) {
      const dataUrl = render(payLink)
      const entry = { payLink, dataUrl }
      cached = entry
      // A failed render is not kept, so the next poll tries again.
      dataUrl.catch(() => {
        if (cached === entry) cached = null
      })
    }
    return cached.dataUrl
  }
}
