/**
 * A plain text document as a PDF of A4 pages, written here without a browser: headings and wrapped paragraphs in
 * the standard Helvetica fonts every PDF reader has (nothing embedded), in WinAnsi, which holds German's letters,
 * € and the typographic quotes and dashes. Characters outside it print as "?". Enough for a document the owner files.
 */

export interface TextDocument {
  title: string
  /** Under the title, e.g. who it is for and when it was made. */
  subtitle: string
  sections: { heading: string; paragraphs: string[] }[]
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 }
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin

type Font = 'regular' | 'bold'
interface Line {
  text: string
  font: Font
  size: number
  /** Space before the line, in points, beyond its own height. */
  before: number
}

// Helvetica's advance widths (per 1000 units of the font size) for ASCII 32–126, from its AFM; the bold face is
// a little wider, which `widthOf` allows for. Other characters count as a wide letter.
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584
]
const WIDE_LETTER = 722

function widthOf(text: string, font: Font, size: number): number {
  let units = 0
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    units += code >= 32 && code <= 126 ? (HELVETICA_WIDTHS[code - 32] ?? WIDE_LETTER) : WIDE_LETTER
  }
  return (units * size * (font === 'bold' ? 1.08 : 1)) / 1000
}

/** Words onto lines no wider than the text area; a word longer than a line is cut where it must be. */
function wrap(text: string, font: Font, size: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (widthOf(candidate, font, size) <= TEXT_WIDTH) {
      line = candidate
      continue
    }
    if (line !== '') lines.push(line)
    line = word
    while (widthOf(line, font, size) > TEXT_WIDTH) {
      let cut = line.length - 1
      while (cut > 1 && widthOf(line.slice(0, cut), font, size) > TEXT_WIDTH) cut -= 1
      lines.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

const WIN_ANSI_BEYOND_LATIN1: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '™': 0x99,
  '\u202f': 0xa0
}

/** The text as a PDF string literal's bytes in WinAnsi, with `\`, `(` and `)` escaped. */
function pdfString(text: string): number[] {
  const bytes: number[] = [0x28]
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0x3f
    const byte =
      WIN_ANSI_BEYOND_LATIN1[character] ??
      ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) ? code : 0x3f)
    if (byte === 0x5c || byte === 0x28 || byte === 0x29) bytes.push(0x5c)
    bytes.push(byte)
  }
  bytes.push(0x29)
  return bytes
}

function linesOf(document: TextDocument): Line[] {
  const lines: Line[] = []
  const add = (text: string, font: Font, size: number, before: number) =>
    wrap(text, font, size).forEach((part, index) =>
      lines.push({ text: part, font, size, before: index === 0 ? before : 0 })
    )
  add(document.title, 'bold', 17, 0)
  add(document.subtitle, 'regular', 10, 4)
  for (const section of document.sections) {
    add(section.heading, 'bold', 12.5, 16)
    for (const paragraph of section.paragraphs) add(paragraph, 'regular', 10, 5)
  }
  return lines
}

/** The lines placed on pages: each page's content stream, as bytes. */
function pageStreams(lines: readonly Line[]): number[][] {
  const pages: number[][] = []
  let stream: number[] = []
  let y = PAGE.height - PAGE.margin
  const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0))
  for (const line of lines) {
    const height = line.size * 1.4
    if (y - line.before - height < PAGE.margin && stream.length > 0) {
      pages.push(stream)
      stream = []
      y = PAGE.height - PAGE.margin
    } else {
      y -= line.before
    }
    y -= height
    stream.push(
      ...ascii(`BT /${line.font === 'bold' ? 'F2' : 'F1'} ${line.size} Tf ${PAGE.margin} ${y.toFixed(2)} Td `)
    )
    stream.push(...pdfString(line.text), ...ascii(' Tj ET\n'))
  }
  pages.push(stream)
  return pages
}

/** The document as the bytes of a PDF file. */
export function textPdf(document: TextDocument): Uint8Array {
  const streams = pageStreams(linesOf(document))
  const objects: number[][] = []
  const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0))
  const font = (name: string) =>
    ascii(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`)
  // 1 catalog, 2 pages, 3 and 4 the fonts, 5 the info, then per page its page object and its content stream.
  const pageIds = streams.map((_, index) => 6 + index * 2)
  objects.push(ascii('<< /Type /Catalog /Pages 2 0 R >>'))
  objects.push(
    ascii(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`)
  )
  objects.push(font('Helvetica'), font('Helvetica-Bold'))
  objects.push([...ascii('<< /Title '), ...pdfString(document.title), ...ascii(' /Producer (SecPaid Counter) >>')])
  streams.forEach((stream, index) => {
    objects.push(
      ascii(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
          `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`
      )
    )
    objects.push([...ascii(`<< /Length ${stream.length} >>\nstream\n`), ...stream, ...ascii('\nendstream')])
  })

  const bytes: number[] = ascii('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n')
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(bytes.length)
    bytes.push(...ascii(`${index + 1} 0 obj\n`), ...body, ...ascii('\nendobj\n'))
  })
  const xref = bytes.length
  bytes.push(...ascii(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`))
  for (const offset of offsets) bytes.push(...ascii(`${String(offset).padStart(10, '0')} 00000 n \n`))
  bytes.push(
    ...ascii(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  )
  return Uint8Array.from(bytes)
}
