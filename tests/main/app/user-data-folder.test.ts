import { describe, expect, it } from 'vitest'

import { USER_DATA_VARIABLE, userDataOverride } from '../../../src-main/app/user-data-folder'

describe('userDataOverride', () => {
  it(`takes ${USER_DATA_VARIABLE} as an absolute folder when the app is not packaged`, () => {
    expect(userDataOverride({ [USER_DATA_VARIABLE]: '/tmp/counter-run-1' }, false)).toBe('/tmp/counter-run-1')
    expect(userDataOverride({ [USER_DATA_VARIABLE]: 'relative/run' }, false)).toBe(`${process.cwd()}/relative/run`)
  })

  it('is ignored by a packaged app, and when unset or empty', () => {
    expect(userDataOverride({ [USER_DATA_VARIABLE]: '/tmp/counter-run-1' }, true)).toBeNull()
    expect(userDataOverride({}, false)).toBeNull()
    expect(userDataOverride({ [USER_DATA_VARIABLE]: '' }, false)).toBeNull()
  })
})
