import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of every page of a PDF, as a reader would extract it, each page's items joined by spaces. */
export async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const loading = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false })
  const document = await loading.promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  await loading.destroy()
  return { pages: document.numPages, text: pages.join('\n') }
}
