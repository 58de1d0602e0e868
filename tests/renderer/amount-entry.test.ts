import { describe, expect, it } from 'vitest'

import {
  type AmountEntry,
  emptyEntry,
  entryCents,
  entryDisplay,
  entryOfCents,
  type KeypadKey,
  MAX_WHOLE_EURO_DIGITS,
  pressKey
} from '../../src-renderer/src/lib/model/amount-entry'

const type = (entry: AmountEntry, ...keys: KeypadKey[]): AmountEntry => keys.reduce(pressKey, entry)
const cents = (...keys: KeypadKey[]) => type(emptyEntry('cents'), ...keys)
const decimal = (...keys: KeypadKey[]) => type(emptyEntry('decimal'), ...keys)

describe('cents-first entry', () => {
  it('shifts digits in from the right: 1, 2, 3 is 1.23 €', () => {
    expect(entryCents(cents('1'))).toBe(1)
    expect(entryCents(cents('1', '2'))).toBe(12)
    expect(entryCents(cents('1', '2', '3'))).toBe(123)
  })

  it('appends two zeros with 00', () => {
    expect(entryCents(cents('5', '00'))).toBe(500)
  })

  it('ignores leading zeros, so 0 and 00 on an empty amount keep it at zero', () => {
    expect(entryCents(cents('0', '00', '0'))).toBe(0)
    expect(entryCents(cents('0', '7'))).toBe(7)
  })

  it('removes the last digit with backspace, and backspace on zero stays zero', () => {
    expect(entryCents(cents('1', '2', '3', 'backspace'))).toBe(12)
    expect(entryCents(cents('backspace'))).toBe(0)
  })

  it('clears everything with C', () => {
    expect(entryCents(cents('9', '9', 'clear'))).toBe(0)
  })

  it('ignores the decimal key', () => {
    expect(entryCents(cents('1', 'decimal', '2'))).toBe(12)
  })

  it('caps the amount at 9 integer digits plus 2 cents digits', () => {
    const full = cents(...Array<KeypadKey>(MAX_WHOLE_EURO_DIGITS + 2).fill('9'))
    expect(entryCents(full)).toBe(99_999_999_999)
    expect(pressKey(full, '9')).toEqual(full)
    expect(pressKey(full, '00')).toEqual(full)
  })
})

describe('decimal entry', () => {
  it('types whole euros until the decimal key', () => {
    expect(entryCents(decimal('1', '2'))).toBe(1200)
  })

  it('reads cents after the decimal key, a single decimal meaning tens of cents', () => {
    expect(entryCents(decimal('1', '2', 'decimal', '5'))).toBe(1250)
    expect(entryCents(decimal('1', '2', 'decimal', '5', '7'))).toBe(1257)
  })

  it('ignores a third decimal digit', () => {
    expect(entryCents(decimal('1', 'decimal', '2', '3', '4'))).toBe(123)
  })

  it('ignores a second decimal key', () => {
    expect(entryCents(decimal('1', 'decimal', '5', 'decimal', '5'))).toBe(155)
  })

  it('starts cents from zero euros when the decimal key comes first', () => {
    expect(entryCents(decimal('decimal', '5', '0'))).toBe(50)
  })

  it('appends 00 as two zeros, on either side of the separator', () => {
    expect(entryCents(decimal('3', '00'))).toBe(30_000)
    expect(entryCents(decimal('3', 'decimal', '00'))).toBe(300)
    expect(entryCents(decimal('3', 'decimal', '5', '00'))).toBe(350)
  })

  it('backspaces across the separator: cents first, then the separator, then euros', () => {
    const typed = decimal('1', '2', 'decimal', '3', '4')
    expect(entryCents(pressKey(typed, 'backspace'))).toBe(1230)
    const separatorOnly = type(typed, 'backspace', 'backspace')
    expect(separatorOnly).toEqual({ mode: 'decimal', whole: '12', fraction: '' })
    expect(type(separatorOnly, 'backspace')).toEqual({ mode: 'decimal', whole: '12', fraction: null })
    expect(entryCents(type(separatorOnly, 'backspace', 'backspace'))).toBe(100)
  })

  it('clears whole euros and cents with C', () => {
    expect(decimal('4', 'decimal', '2', 'clear')).toEqual(emptyEntry('decimal'))
  })

  it('caps whole euros at 9 digits', () => {
    const full = decimal(...Array<KeypadKey>(MAX_WHOLE_EURO_DIGITS).fill('9'))
    expect(pressKey(full, '9')).toEqual(full)
    expect(entryCents(type(full, 'decimal', '9', '9'))).toBe(99_999_999_999)
  })
})

describe('amounts are integer cents', () => {
  it('never produces a fraction of a cent in either mode', () => {
    const samples = [
      cents('1', '9', '9', '9'),
      decimal('0', 'decimal', '1'),
      decimal('1', 'decimal', '1', '0'),
      decimal('2', '9', 'decimal', '9', '9')
    ]
    for (const sample of samples) expect(Number.isInteger(entryCents(sample))).toBe(true)
    // 0.1 + 0.2 would not be 0.3 in floats; typed digits are exact.
    expect(entryCents(decimal('0', 'decimal', '3'))).toBe(30)
    expect(entryCents(decimal('2', '9', 'decimal', '9', '9'))).toBe(2999)
  })
})

describe('display while typing', () => {
  const nbsp = '\u00a0'

  it('shows cents-first amounts fully formatted', () => {
    expect(entryDisplay(cents('1', '2', '3'), 'de')).toBe(`1,23${nbsp}€`)
    expect(entryDisplay(cents('1', '2', '3'), 'en')).toBe('€1.23')
  })

  it('shows a decimal amount exactly as typed, including a trailing separator', () => {
    expect(entryDisplay(decimal('1', '2'), 'de')).toBe(`12${nbsp}€`)
    expect(entryDisplay(decimal('1', '2', 'decimal'), 'de')).toBe(`12,${nbsp}€`)
    expect(entryDisplay(decimal('1', '2', 'decimal'), 'en')).toBe('€12.')
    expect(entryDisplay(decimal('1', '2', 'decimal', '5'), 'de')).toBe(`12,5${nbsp}€`)
    expect(entryDisplay(decimal('1', '2', 'decimal', '5', '0'), 'en')).toBe('€12.50')
    expect(entryDisplay(decimal('1', '2', '3', '4'), 'de')).toBe(`1.234${nbsp}€`)
  })

  it('shows zero as a full amount when nothing is typed, and 0, after only the separator', () => {
    expect(entryDisplay(emptyEntry('decimal'), 'en')).toBe('€0.00')
    expect(entryDisplay(decimal('decimal'), 'en')).toBe('€0.')
  })
})

describe('a changed sale’s amount comes back as if typed', () => {
  it('in either mode shows the same cents, and the next key goes on from there', () => {
    for (const cents of [0, 5, 50, 100, 405, 450, 123_456]) {
      expect(entryCents(entryOfCents(cents, 'cents'))).toBe(cents)
      expect(entryCents(entryOfCents(cents, 'decimal'))).toBe(cents)
    }
    expect(entryOfCents(450, 'decimal')).toEqual(type(emptyEntry('decimal'), '4', 'decimal', '5', '0'))
    expect(entryOfCents(400, 'decimal')).toEqual(type(emptyEntry('decimal'), '4'))
    expect(entryOfCents(5, 'decimal')).toEqual(type(emptyEntry('decimal'), 'decimal', '0', '5'))
    expect(entryOfCents(450, 'cents')).toEqual(type(emptyEntry('cents'), '4', '5', '0'))
  })
})
