import { describe, expect, it } from 'vitest'

import { secPaidError } from '../../../src-main/secpaid/errors'
import { mayHaveActed } from '../../../src-main/secpaid/may-have-acted'
import type { SecPaidErrorKind } from '../../../src-main/secpaid/types'

describe('mayHaveActed: could SecPaid have acted on a request that failed?', () => {
  it.each<[SecPaidErrorKind, boolean]>([
    ['server', true],
    ['bad_response', true],
    ['no_key', false],
    ['auth', false],
    ['rate_limited', false],
    ['api', false],
    ['invalid_amount', false],
    ['network', false]
  ])('%s without an unknown outcome: %s', (kind, expected) => {
    expect(mayHaveActed(secPaidError(kind, 'data'))).toBe(expected)
  })

  it('any error whose outcome is unknown (a timeout, a dropped connection): yes', () => {
    expect(mayHaveActed(secPaidError('timeout', 'data', { outcomeUnknown: true }))).toBe(true)
    expect(mayHaveActed(secPaidError('network', 'data', { outcomeUnknown: true }))).toBe(true)
  })
})
