import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { Category, Language, Product } from '../../src-preload/contract'
import { SETTINGS_LIMITS } from '../../src-preload/contract/settings-limits'
import { formatCatalogueCsv, parseCatalogueCsv } from '../../src-renderer/src/lib/model/catalogue-csv'
import { translate } from '../../src-renderer/src/lib/words/i18n'
import { spreadsheetRows } from '../support/spreadsheet-csv'
import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const CATEGORIES: Category[] = [
  { id: 'c-drinks', name: 'Getränke', colour: '#1546c8' },
  { id: 'c-cake', name: 'Kuchen; Torten', colour: '' }
]
const PRODUCTS: Product[] = [
  {
    id: 'p1',
    name: 'Cappuccino',
    priceCents: 320,
    colour: '#aa5500',
    categoryId: 'c-drinks',
    code: 'CAP',
    soldOutOn: ''
  },
  {
    id: 'p2',
    name: 'Schwarzwälder "Kirsch"',
    priceCents: 450,
    colour: '',
    categoryId: 'c-cake',
    code: '',
    soldOutOn: ''
  },
  { id: 'p3', name: '=Gutschein', priceCents: 100_000, colour: '', categoryId: '', code: 'G1', soldOutOn: '' },
  { id: 'p4', name: 'Cola', priceCents: 5, colour: '', categoryId: 'c-drinks', code: 'C1', soldOutOn: '2026-12-08' }
]
let drawn = 0
const newId = (prefix: string) => `${prefix}-new${(drawn += 1)}`
const csvOf = (language: Language) =>
  formatCatalogueCsv(PRODUCTS, CATEGORIES, language, (key) => translate(language, key))

afterEach(() => resetApp())

describe('the catalogue as a CSV file, as the sales CSV: each language’s spreadsheet conventions', () => {
  it('German: semicolons, decimal comma, a byte-order mark; English: commas and a decimal point', () => {
    const de = csvOf('de')
    expect(de.startsWith('\uFEFF')).toBe(true)
    const rows = spreadsheetRows(de.slice(1), ';')
    expect(rows[0]).toEqual(['ID', 'Kategorie', 'Kürzel', 'Name', 'Preis', 'Farbe'])
    // The categories in their order, their products in the catalogue's, then those without one.
    expect(rows.slice(1)).toEqual([
      ['p1', 'Getränke', 'CAP', 'Cappuccino', '3,20', '#aa5500'],
      ['p4', 'Getränke', 'C1', 'Cola', '0,05', ''],
      ['p2', 'Kuchen; Torten', '', 'Schwarzwälder "Kirsch"', '4,50', ''],
      ['p3', '', 'G1', "'=Gutschein", '1000,00', '']
    ])
    expect(spreadsheetRows(csvOf('en').slice(1), ',')[1]).toEqual([
      'p1',
      'Getränke',
      'CAP',
      'Cappuccino',
      '3.20',
      '#aa5500'
    ])
  })

  it.each(['de', 'en'] as const)(
    'round trip in %s: the same products, ids, categories and order come back',
    (language) => {
      const back = parseCatalogueCsv(
        csvOf(language),
        { products: PRODUCTS, categories: CATEGORIES },
        SETTINGS_LIMITS,
        newId
      )
      expect(back).toEqual({
        ok: true,
        products: [PRODUCTS[0], PRODUCTS[3], PRODUCTS[1], PRODUCTS[2]],
        categories: CATEGORIES
      })
    }
  )

  it('names every wrong row by its line, and imports nothing then', () => {
    const file = [
      'ID;Kategorie;Kürzel;Name;Preis;Farbe',
      ';Getränke;CAP;Cappuccino;3,20;',
      ';Getränke;cap;Latte;abc;',
      ';Neu;;;1,00;rot',
      'only;three;columns',
      ';Getränke;;Wasser;1.50;'
    ].join('\r\n')
    const parsed = parseCatalogueCsv(file, { products: [], categories: [] }, SETTINGS_LIMITS, newId)
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { problem: 'price', line: 3, value: 'abc' },
        { problem: 'code', line: 3, value: 'cap' },
        { problem: 'name', line: 4 },
        { problem: 'colour', line: 4, value: 'rot' },
        { problem: 'columns', line: 5 }
      ]
    })
  })
})

describe('Settings → Catalogue: export and import', () => {
  const openCatalogue = async (counter: FakeCounter) => {
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('settings-button'))
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-section-products'))
    return screen.getByTestId('catalogue-file')
  }

  it('exports the catalogue through main’s save dialog as a CSV', async () => {
    const counter = fakeCounter(publicSettings({ language: 'de', products: PRODUCTS, categories: CATEGORIES }))
    const card = await openCatalogue(counter)
    fireEvent.click(within(card).getByTestId('catalogue-export'))
    await waitFor(() => expect(counter.saveFile).toHaveBeenCalledTimes(1))
    const [request] = counter.saveFile.mock.calls[0] ?? []
    expect(request).toMatchObject({
      kind: 'csv',
      fileName: expect.stringMatching(/^sortiment-\d{4}-\d{2}-\d{2}\.csv$/)
    })
    expect(request?.content).toBe(csvOf('de'))
    expect((await within(card).findByTestId('catalogue-file-done')).textContent).toBe(
      'Das Sortiment wurde gespeichert.'
    )
  })

  it('imports a file right in every row: products and categories replace the catalogue', async () => {
    const counter = fakeCounter(publicSettings({ language: 'en', products: [], categories: [] }))
    counter.openCsvFile.mockResolvedValue({
      ok: true,
      value: {
        content: '\uFEFFID,Category,Code,Name,Price,Colour\r\n,Drinks,CAP,Cappuccino,3.20,\r\n,,,Cake,"4,50",\r\n'
      }
    })
    const card = await openCatalogue(counter)
    fireEvent.click(within(card).getByTestId('catalogue-import'))
    expect((await within(card).findByTestId('catalogue-file-done')).textContent).toBe('2 products imported.')
    expect(counter.updateSettings).toHaveBeenCalledWith({
      products: [
        expect.objectContaining({ name: 'Cappuccino', priceCents: 320, code: 'CAP', categoryId: expect.any(String) }),
        expect.objectContaining({ name: 'Cake', priceCents: 450, categoryId: '' })
      ],
      categories: [expect.objectContaining({ name: 'Drinks' })]
    })
  })

  it('refuses a file with a wrong row: says which lines, and changes nothing', async () => {
    const counter = fakeCounter(publicSettings({ language: 'en', products: PRODUCTS, categories: CATEGORIES }))
    counter.openCsvFile.mockResolvedValue({
      ok: true,
      value: { content: 'ID,Category,Code,Name,Price,Colour\r\n,,,Tea,2.00,\r\n,,,Coffee,free,\r\n' }
    })
    const card = await openCatalogue(counter)
    fireEvent.click(within(card).getByTestId('catalogue-import'))
    const refused = await within(card).findByTestId('catalogue-import-refused')
    expect(
      within(refused)
        .getAllByTestId('catalogue-import-problem')
        .map((item) => item.textContent)
    ).toEqual(['Line 3: “free” is not a price (e.g. 2.50).'])
    expect(counter.updateSettings).not.toHaveBeenCalled()
  })
})

describe('Settings → Catalogue: categories and product codes', () => {
  const openProducts = async (counter: FakeCounter) => {
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('settings-button'))
    await screen.findByTestId('settings-screen')
    fireEvent.click(screen.getByTestId('settings-section-products'))
  }

  it('adds a category with its name, and a product takes it', async () => {
    const counter = fakeCounter(publicSettings({ language: 'en', products: [PRODUCTS[2]!], categories: [] }))
    await openProducts(counter)
    fireEvent.click(screen.getByTestId('category-add'))
    const name = screen.getByTestId('category-name')
    fireEvent.change(name, { target: { value: 'Drinks' } })
    fireEvent.blur(name)
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        categories: [{ id: expect.any(String), name: 'Drinks', colour: '' }]
      })
    )
    const select = await waitFor(() => {
      const found = screen.getByTestId<HTMLSelectElement>('product-category')
      expect(found.options).toHaveLength(2)
      return found
    })
    fireEvent.change(select, { target: { value: select.options[0]?.value } })
    await waitFor(() =>
      expect(counter.updateSettings).toHaveBeenLastCalledWith({
        products: [expect.objectContaining({ id: 'p3', categoryId: select.options[0]?.value })]
      })
    )
  })

  it('refuses a code another product has, on screen, before asking main', async () => {
    const counter = fakeCounter(publicSettings({ language: 'en', products: PRODUCTS, categories: CATEGORIES }))
    await openProducts(counter)
    const code = screen.getAllByTestId('product-code')[1]!
    fireEvent.change(code, { target: { value: 'cap' } })
    fireEvent.blur(code)
    expect(
      await screen.findByText('A code has up to 6 letters or digits and is used by one product only.')
    ).toBeTruthy()
    expect(counter.updateSettings).not.toHaveBeenCalled()
  })
})
