import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

// The standard 14 fonts' data, for a PDF that names Helvetica without embedding it (the procedure description).
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`

/** The text of every page of a PDF, as a reader would extract it: its text items joined by spaces, except where they touch. */
export async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const loading = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, standardFontDataUrl: STANDARD_FONTS })
  const document = await loading.promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent()
    let text = ''
    let previousEnd: { x: number; y: number } | null = null
    for (const item of content.items) {
      if (!('str' in item)) continue
      const [, , , , x = 0, y = 0] = item.transform as number[]
      // Glyphs set right after the previous ones on the same line (a ligature such as "ff") belong to the same word.
      const touching = previousEnd !== null && Math.abs(previousEnd.y - y) < 0.5 && Math.abs(previousEnd.x - x) < 0.5
      text += (text === '' || touching ? '' : ' ') + item.str
      previousEnd = { x: x + item.width, y }
    }
    pages.push(text)
  }
  await loading.destroy()
  return { pages: document.numPages, text: pages.join('\n') }
}
