import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { expect } from 'vitest'

import { readCsv } from './audit-csv-reader'
import { childrenOf, childText, parseXml, type XmlElement } from './xml-document'

/** Euros as written ("24,50") back to cents, from the digits. */
export const centsOf = (euros: string) => {
  const [whole = '', fraction = ''] = euros.split(',')
  expect(fraction).toMatch(/^\d\d$/)
  return Number(whole) * 100 + Number(fraction)
}

export interface ImportedTable {
  name: string
  columns: { name: string; kind: string; accuracy: string | undefined }[]
  records: Record<string, string>[]
}

/** Imports the export as audit software does: index.xml first, then each CSV by what it declares. */
export async function importExport(folder: string): Promise<Map<string, ImportedTable>> {
  const document = await parseXml(readFileSync(join(folder, 'index.xml'), 'utf8'))
  expect(document.doctype).toMatchObject({ name: 'DataSet', systemId: 'gdpdu-01-08-2002.dtd' })
  expect(existsSync(join(folder, 'gdpdu-01-08-2002.dtd'))).toBe(true)
  const media = childrenOf(document.documentElement).filter((child) => child.tagName === 'Media')
  expect(media).toHaveLength(1)
  const tables = new Map<string, ImportedTable>()
  for (const table of childrenOf(media[0] as XmlElement).filter((child) => child.tagName === 'Table')) {
    const url = childText(table, 'URL') ?? ''
    const bytes = readFileSync(join(folder, url))
    const variable = childrenOf(table).find((child) => child.tagName === 'VariableLength') as XmlElement
    const columns = childrenOf(variable)
      .filter((child) => child.tagName === 'VariableColumn' || child.tagName === 'VariablePrimaryKey')
      .map((column) => {
        const type = childrenOf(column).find((child) => ['Numeric', 'AlphaNumeric', 'Date'].includes(child.tagName))
        return {
          name: childText(column, 'Name') ?? '',
          kind: type?.tagName ?? '',
          accuracy: type && childText(type, 'Accuracy')
        }
      })
    const [delimiter, recordDelimiter, encapsulator] = ['ColumnDelimiter', 'RecordDelimiter', 'TextEncapsulator'].map(
      (name) => childText(variable, name) ?? ''
    )
    expect(childrenOf(table).some((child) => child.tagName === 'UTF8')).toBe(true)
    const all = readCsv(bytes.toString('utf8'), delimiter ?? '', encapsulator ?? '', recordDelimiter ?? '')
    // The header names every column the XML names, in that order, and is exactly the bytes it says to skip.
    expect(all[0]).toEqual(columns.map((column) => column.name))
    const skip = Number(childText(table, 'SkipNumBytes'))
    const data = readCsv(
      bytes.subarray(skip).toString('utf8'),
      delimiter ?? '',
      encapsulator ?? '',
      recordDelimiter ?? ''
    )
    expect(data).toEqual(all.slice(1))
    for (const record of data) expect(record).toHaveLength(columns.length)
    const decimal = childText(table, 'DecimalSymbol')
    const records = data.map((fields) =>
      Object.fromEntries(columns.map((column, index) => [column.name, fields[index] ?? '']))
    )
    for (const record of records) {
      for (const column of columns) {
        const value = record[column.name] ?? ''
        if (value === '') continue
        if (column.kind === 'Numeric') {
          expect(value).toMatch(column.accuracy === '2' ? new RegExp(`^\\d+\\${decimal}\\d{2}$`) : /^\d+$/)
        }
        if (column.kind === 'Date') expect(value).toMatch(/^\d\d\.\d\d\.\d{4}$/)
      }
    }
    tables.set(childText(table, 'Name') ?? url, { name: url, columns, records })
  }
  return tables
}
