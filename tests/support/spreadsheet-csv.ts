/**
 * Reads a CSV as a spreadsheet does: RFC 4180 quotes ("" for a quote inside), the given separator, CRLF rows. Text
 * after the last CRLF is no row: every row the app writes ends with one.
 */
export function spreadsheetRows(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let field = ''
  let fields: string[] = []
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === separator) {
      fields.push(field)
      field = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      rows.push([...fields, field])
      fields = []
      field = ''
      index += 1
    } else field += char
  }
  return rows
}
