import { CSV_DIALECT } from './audit-csv'
import type { AuditColumn, AuditTable } from './audit-tables'
import { auditDate } from './zoned-clock'

/** The DTD of the Beschreibungsstandard (version 1.1 of 1 August 2002) that index.xml names and the export carries. */
export const GDPDU_DTD_FILE = 'gdpdu-01-08-2002.dtd'

/** Characters XML 1.0 cannot hold at all are dropped; markup characters are escaped. */
function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/** Character references for the record delimiter, as the standard writes CR LF. */
const xmlDelimiter = (text: string) => [...text].map((character) => `&#${character.charCodeAt(0)};`).join('')

function columnType(column: AuditColumn, indent: string): string {
  switch (column.type.kind) {
    case 'alphanumeric':
      return `${indent}<AlphaNumeric/>`
    case 'numeric':
      return column.type.accuracy === 0
        ? `${indent}<Numeric/>`
        : `${indent}<Numeric><Accuracy>${column.type.accuracy}</Accuracy></Numeric>`
    case 'date':
      return `${indent}<Date><Format>DD.MM.YYYY</Format></Date>`
  }
}

function columnXml(column: AuditColumn, key: boolean): string {
  const element = key ? 'VariablePrimaryKey' : 'VariableColumn'
  return [
    `        <${element}>`,
    `          <Name>${xmlText(column.name)}</Name>`,
    `          <Description>${xmlText(column.description)}</Description>`,
    columnType(column, '          '),
    `        </${element}>`
  ].join('\n')
}

interface TableFile {
  table: AuditTable
  /** Bytes of the CSV's header record, skipped by audit software. */
  headerBytes: number
}

function tableXml({ table, headerBytes }: TableFile, period: { from: string; to: string }): string {
  const lines = [
    '    <Table>',
    `      <URL>${xmlText(table.file)}</URL>`,
    `      <Name>${xmlText(table.name)}</Name>`,
    `      <Description>${xmlText(table.description)}</Description>`,
    '      <Validity>',
    `        <Range><From>${auditDate(period.from)}</From><To>${auditDate(period.to)}</To></Range>`,
    '        <Format>DD.MM.YYYY</Format>',
    '      </Validity>',
    '      <UTF8/>',
    `      <DecimalSymbol>${CSV_DIALECT.decimal}</DecimalSymbol>`,
    '      <DigitGroupingSymbol>.</DigitGroupingSymbol>',
    `      <SkipNumBytes>${headerBytes}</SkipNumBytes>`,
    '      <VariableLength>',
    `        <ColumnDelimiter>${xmlText(CSV_DIALECT.columnDelimiter)}</ColumnDelimiter>`,
    `        <RecordDelimiter>${xmlDelimiter(CSV_DIALECT.recordDelimiter)}</RecordDelimiter>`,
    `        <TextEncapsulator>${xmlText(CSV_DIALECT.textEncapsulator)}</TextEncapsulator>`,
    ...table.columns.map((column, index) => columnXml(column, index < table.primaryKey))
  ]
  if (table.foreignKey !== undefined) {
    lines.push(
      '        <ForeignKey>',
      `          <Name>${xmlText(table.foreignKey.column)}</Name>`,
      `          <References>${xmlText(table.foreignKey.references)}</References>`,
      '        </ForeignKey>'
    )
  }
  lines.push('      </VariableLength>', '    </Table>')
  return lines.join('\n')
}

interface IndexXmlInput {
  tables: readonly TableFile[]
  period: { from: string; to: string }
  supplier: { name: string; location: string }
  comment: string
}

/**
 * index.xml in the GoBD "Beschreibungsstandard" (GDPdU, DTD of 1 August 2002) that audit software such as IDEA
 * imports: one Media with a Table per CSV file, each described by its URL, its period, UTF-8, the decimal comma, the
 * header record to skip, and its columns in file order (primary key columns first, as the DTD requires).
 */
export function indexXml({ tables, period, supplier, comment }: IndexXmlInput): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!DOCTYPE DataSet SYSTEM "${GDPDU_DTD_FILE}">`,
    '<DataSet>',
    '  <Version>1.0</Version>',
    '  <DataSupplier>',
    `    <Name>${xmlText(supplier.name)}</Name>`,
    `    <Location>${xmlText(supplier.location)}</Location>`,
    `    <Comment>${xmlText(comment)}</Comment>`,
    '  </DataSupplier>',
    '  <Media>',
    `    <Name>${xmlText(`Sales journal ${auditDate(period.from)} - ${auditDate(period.to)}`)}</Name>`,
    ...tables.map((table) => tableXml(table, period)),
    '  </Media>',
    '</DataSet>',
    ''
  ].join('\n')
}
