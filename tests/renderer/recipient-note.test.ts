import { describe, expect, it } from 'vitest'
import { splitRecipientNote } from '../../src-renderer/src/lib/recipient-note'

const TEMPLATE = 'POS-{device}-{yyyyMMdd}-{seq}'

describe('splitRecipientNote', () => {
  it.each([
    [
      'POS-counter1-20261122-0001 table 4',
      TEMPLATE,
      { reference: 'POS-counter1-20261122-0001', cashierNote: 'table 4' }
    ],
    ['POS-till-7-20261122-0012', TEMPLATE, { reference: 'POS-till-7-20261122-0012', cashierNote: '' }],
    ['POS-counter1-20261122-10000 a  b ', TEMPLATE, { reference: 'POS-counter1-20261122-10000', cashierNote: 'a  b' }],
    // Main appends the sequence number to a template without one.
    [
      'Shop {x} 20261122-0003 terrace',
      'Shop {x} {yyyyMMdd}',
      { reference: 'Shop {x} 20261122-0003', cashierNote: 'terrace' }
    ],
    ['table 4', TEMPLATE, { reference: '', cashierNote: 'table 4' }],
    ['POS-counter1-2026-0001 x', TEMPLATE, { reference: '', cashierNote: 'POS-counter1-2026-0001 x' }],
    ['', TEMPLATE, { reference: '', cashierNote: '' }]
  ])('%j with %j', (note, template, parts) => {
    expect(splitRecipientNote(note, template)).toEqual(parts)
  })
})
