import type { Category, Language, Product, SettingsLimits } from '../../../../src-preload/contract'
import { parseEuroInput } from '../format/euro-input'
import { amountText, csvField, SPREADSHEET } from '../format/sales-csv-format'
import type { MessageKey } from '../words/i18n'
import { characterCount } from './characters'

/** The catalogue file's columns, in this order, in both languages' spreadsheets. */
export const CATALOGUE_COLUMNS: readonly MessageKey[] = [
  'catalogueCsvId',
  'catalogueCsvCategory',
  'catalogueCsvCode',
  'catalogueCsvName',
  'catalogueCsvPrice',
  'catalogueCsvColour'
]

/**
 * The catalogue as the language's spreadsheet opens it (separator, decimal comma, byte-order mark, as the sales CSV):
 * one row per product, the categories in their order (their products in the catalogue's order), then those without.
 */
export function formatCatalogueCsv(
  products: readonly Product[],
  categories: readonly Category[],
  language: Language,
  say: (key: MessageKey) => string
): string {
  const { separator, decimal } = SPREADSHEET[language]
  const names = new Map(categories.map((category) => [category.id, category.name]))
  const order = new Map(categories.map((category, index) => [category.id, index]))
  const rank = (product: Product) => order.get(product.categoryId) ?? categories.length
  const sorted = products.toSorted((a, b) => rank(a) - rank(b))
  const lines = [
    CATALOGUE_COLUMNS.map((key) => csvField(say(key), separator)).join(separator),
    ...sorted.map((product) =>
      [
        product.id,
        names.get(product.categoryId) ?? '',
        product.code,
        product.name,
        amountText(product.priceCents, decimal),
        product.colour
      ]
        .map((field) => csvField(field, separator))
        .join(separator)
    )
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** What is wrong with a file, by line (1 is the header), worded by the renderer. */
export type CsvProblem =
  | { problem: 'columns' | 'name' | 'category' | 'quotes'; line: number }
  | { problem: 'price' | 'code' | 'colour' | 'id'; line: number; value: string }
  | { problem: 'too_many' | 'too_many_categories' | 'empty' }

export type CatalogueImport =
  { ok: true; products: Product[]; categories: Category[] } | { ok: false; problems: CsvProblem[] }

/** RFC 4180 records with the line each starts on; null where a quoted field is never closed. */
function csvRecords(text: string, separator: string): { line: number; fields: string[] }[] | { openAt: number } {
  const records: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"'
        at += 1
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line += 1
        field += char
      }
    } else if (char === '"' && field === '') quoted = true
    else if (char === separator) {
      fields.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at += 1
      fields.push(field)
      records.push({ line: recordLine, fields })
      fields = []
      field = ''
      line += 1
      recordLine = line
    } else field += char
  }
  if (quoted) return { openAt: recordLine }
  if (field !== '' || fields.length > 0) {
    fields.push(field)
    records.push({ line: recordLine, fields })
  }
  return records.filter((record) => record.fields.some((value) => value.trim() !== ''))
}

/** The apostrophe the export put before text a spreadsheet would run as a formula comes off again. */
const undefused = (value: string): string => (/^'[=+\-@\t\r＝＋－＠]/u.test(value) ? value.slice(1) : value)

const ID = /^[A-Za-z0-9_-]{1,40}$/
const CODE = /^[A-Za-z0-9]*$/
const COLOUR = /^(#[0-9a-f]{6})?$/

/**
 * A catalogue file checked row by row: every wrong row is named by its line, and then nothing is imported; a file
 * that is right in every row replaces the catalogue. Either language's separator is read (the header says which);
 * a price may have a decimal comma or point. Products keep their id (and a sold-out mark of today); a row without an
 * id is a new product. Categories are matched by name, new ones made, in the order the file first names them.
 */
export function parseCatalogueCsv(
  text: string,
  current: { products: readonly Product[]; categories: readonly Category[] },
  limits: Pick<
    SettingsLimits,
    'products' | 'categories' | 'productNameLength' | 'productPriceCents' | 'productCodeLength' | 'categoryNameLength'
  >,
  newId: (prefix: string) => string
): CatalogueImport {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const header = body.slice(0, body.search(/\r|\n|$/))
  const separator = header.includes(';') ? ';' : ','
  const records = csvRecords(body, separator)
  if (!Array.isArray(records)) return { ok: false, problems: [{ problem: 'quotes', line: records.openAt }] }
  const rows = records.slice(1)
  if (rows.length === 0) return { ok: false, problems: [{ problem: 'empty' }] }
  if (rows.length > limits.products.max) return { ok: false, problems: [{ problem: 'too_many' }] }

  const problems: CsvProblem[] = []
  const soldOut = new Map(current.products.map((product) => [product.id, product.soldOutOn]))
  const byName = new Map(current.categories.map((category) => [category.name, category]))
  const categories: Category[] = []
  const ids = new Set<string>()
  const codes = new Set<string>()
  const products: Product[] = []
  for (const { line, fields } of rows) {
    if (fields.length !== CATALOGUE_COLUMNS.length) {
      problems.push({ problem: 'columns', line })
      continue
    }
    const [rawId = '', rawCategory = '', rawCode = '', rawName = '', rawPrice = '', rawColour = ''] = fields.map(
      (field) => undefused(field).trim()
    )
    const id = rawId === '' ? newId('p') : rawId
    if (!ID.test(id) || ids.has(id)) problems.push({ problem: 'id', line, value: rawId })
    ids.add(id)
    const nameLength = characterCount(rawName)
    if (nameLength < limits.productNameLength.min || nameLength > limits.productNameLength.max) {
      problems.push({ problem: 'name', line })
    }
    const priceCents = parseEuroInput(rawPrice)
    if (priceCents === null || priceCents < limits.productPriceCents.min || priceCents > limits.productPriceCents.max) {
      problems.push({ problem: 'price', line, value: rawPrice })
    }
    const code = rawCode
    if (!CODE.test(code) || code.length > limits.productCodeLength.max || codes.has(code.toLowerCase())) {
      problems.push({ problem: 'code', line, value: rawCode })
    }
    if (code !== '') codes.add(code.toLowerCase())
    const colour = rawColour.toLowerCase()
    if (!COLOUR.test(colour)) problems.push({ problem: 'colour', line, value: rawColour })
    let categoryId = ''
    if (rawCategory !== '') {
      if (characterCount(rawCategory) > limits.categoryNameLength.max) problems.push({ problem: 'category', line })
      let category = categories.find((known) => known.name === rawCategory)
      if (category === undefined) {
        category = byName.get(rawCategory) ?? { id: newId('c'), name: rawCategory, colour: '' }
        categories.push(category)
      }
      categoryId = category.id
    }
    products.push({
      id,
      name: rawName,
      priceCents: priceCents ?? 0,
      colour,
      categoryId,
      code,
      soldOutOn: soldOut.get(id) ?? ''
    })
  }
  if (categories.length > limits.categories.max) problems.push({ problem: 'too_many_categories' })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, products, categories }
}
