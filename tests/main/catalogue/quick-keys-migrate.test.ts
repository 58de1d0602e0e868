import { describe, expect, it } from 'vitest'

import { migrateSettings, QUICK_KEYS_CATEGORY_ID } from '../../../src-main/settings/migrate-settings'

const OLD_QUICK_KEYS = [
  { id: 'coffee', name: 'Kaffee', priceCents: 250, colour: '#aa5500' },
  { id: 'cake', name: 'Kuchen', priceCents: 320, colour: '' }
]

describe('quick keys of earlier versions move into a category of the catalogue', () => {
  it('one default category, named in the settings’ language, holds the keys in their order, without a warning', () => {
    const { settings, repaired } = migrateSettings({ language: 'de', products: OLD_QUICK_KEYS })
    expect(settings.categories).toEqual([{ id: QUICK_KEYS_CATEGORY_ID, name: 'Schnelltasten', colour: '' }])
    expect(settings.products).toEqual(
      OLD_QUICK_KEYS.map((key) => ({ ...key, categoryId: QUICK_KEYS_CATEGORY_ID, code: '', soldOutOn: '' }))
    )
    expect(repaired).toEqual([])
    expect(migrateSettings({ language: 'en', products: OLD_QUICK_KEYS }).settings.categories[0]?.name).toBe(
      'Quick keys'
    )
  })

  it('is idempotent, and leaves settings that already have categories (or no products) as they are', () => {
    const once = migrateSettings({ language: 'de', products: OLD_QUICK_KEYS }).settings
    expect(migrateSettings(once).settings).toEqual(once)
    expect(migrateSettings({ products: [] }).settings.categories).toEqual([])
    const own = migrateSettings({ products: OLD_QUICK_KEYS, categories: [] }).settings
    expect(own.categories).toEqual([])
    expect(own.products.map((product) => product.categoryId)).toEqual(['', ''])
  })
})
