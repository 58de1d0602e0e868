import { describe, expect, it } from 'vitest'

import { renderSaleReference, saleDay } from '../../../src-main/sale/sale-reference'

describe('sale references', () => {
  it('fills device, local day and zero-padded sequence into the template', () => {
    expect(
      renderSaleReference('POS-{device}-{till}-{yyyyMMdd}-{seq}', {
        till: 'k7q2m',
        device: 'till1',
        day: '20261121',
        seq: 7
      })
    ).toBe('POS-till1-k7q2m-20261121-0007')
  })

  it('appends the sequence when the template lacks it, so references stay unique', () => {
    expect(renderSaleReference('SHOP', { till: 'k7q2m', device: 'a', day: '20261121', seq: 12 })).toBe(
      'SHOP-k7q2m-0012'
    )
  })

  it('puts the till id before the sequence when the template lacks it, so two tills never share a reference', () => {
    const values = { device: 'counter1', day: '20261121', seq: 1 }
    const tillA = renderSaleReference('POS-{device}-{yyyyMMdd}-{seq}', { ...values, till: 'aaaaa' })
    const tillB = renderSaleReference('POS-{device}-{yyyyMMdd}-{seq}', { ...values, till: 'bbbbb' })
    expect(tillA).toBe('POS-counter1-20261121-aaaaa-0001')
    expect(tillB).toBe('POS-counter1-20261121-bbbbb-0001')
  })

  it('uses the local calendar day', () => {
    expect(saleDay(new Date(2026, 0, 5, 23, 59))).toBe('20260105')
  })
})
