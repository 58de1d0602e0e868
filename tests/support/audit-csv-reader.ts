/** Reads a CSV file as a generic importer does (RFC 4180 with a given delimiter): records of fields. */
export function readCsv(text: string, delimiter: string, encapsulator: string, recordDelimiter: string): string[][] {
  const records: string[][] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]
    if (quoted) {
      if (character === encapsulator && text[index + 1] === encapsulator) {
        field += encapsulator
        index += 1
      } else if (character === encapsulator) quoted = false
      else field += character
    } else if (character === encapsulator && field === '') quoted = true
    else if (character === delimiter) {
      fields.push(field)
      field = ''
    } else if (text.startsWith(recordDelimiter, index)) {
      fields.push(field)
      records.push(fields)
      fields = []
      field = ''
      index += recordDelimiter.length - 1
    } else field += character
  }
  if (field !== '' || fields.length > 0) throw new Error('the last record has no record delimiter')
  return records
}
