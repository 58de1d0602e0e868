import { describe, expect, it } from 'vitest'

import { tillReader } from '../../../src-main/sale/reference-till'
import { renderSaleReference } from '../../../src-main/sale/sale-reference'
import { DEFAULT_NOTE_TEMPLATE } from '../../../src-preload/contract/settings-defaults'

const values = { till: 'k7m2q', device: 'Bar left', day: '20261207', seq: 12 }

describe('the till id read back out of a recipient note', () => {
  it.each([DEFAULT_NOTE_TEMPLATE, 'Stand {device} {seq}', 'Cafe', '{till}/{yyyyMMdd}'])(
    'from a reference rendered with %s, alone or before a cashier note',
    (template) => {
      const reference = renderSaleReference(template, values)
      const read = tillReader(template)
      expect(read(reference)).toBe('k7m2q')
      expect(read(`${reference} table 4`)).toBe('k7m2q')
    }
  )

  it('nothing from a note that is no such reference', () => {
    const read = tillReader(DEFAULT_NOTE_TEMPLATE)
    expect(read(null)).toBeNull()
    expect(read('Coffee for Anna')).toBeNull()
    expect(read('POS-k7m2q-2026120-0001')).toBeNull()
    expect(read('XPOS-k7m2q-20261207-0001')).toBeNull()
  })
})
