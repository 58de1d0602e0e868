import { create } from 'qrcode'

/** Modules of white border around the code: phone cameras need this quiet zone to find it. */
const QUIET_ZONE = 4

/** A QR code as SVG geometry: a `size`×`size` viewBox (quiet zone included) and one path of its dark modules. */
export interface QrDrawing {
  size: number
  path: string
}

/**
 * The QR code of `text`, drawn synchronously from its modules so it can be painted with the first render, with no
 * image to decode. Throws when the text cannot be encoded (too long for any QR version).
 */
export function qrCodeDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  let path = ''
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1
        continue
      }
      const start = column
      while (column < modules.size && modules.get(row, column)) column += 1
      // One rectangle per run of dark modules in a row keeps the path short.
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h${start - column}z`
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path }
}

/**
 * The payment link as a QR code in an SVG data URL, drawn locally so no third party sees the link.
 * Always black on white whatever the app's theme.
 */
export function qrCodeDataUrl(payLink: string): string {
  const { size, path } = qrCodeDrawing(payLink)
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#ffffff"/><path fill="#000000" d="${path}"/></svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
