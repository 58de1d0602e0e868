import { describe, expect, it } from 'vitest'

import { createQuitGuard } from '../../../src-main/app/quit-guard'

describe('createQuitGuard', () => {
  it('out of kiosk mode anything may quit', () => {
    expect(createQuitGuard(() => false).mayQuit()).toBe(true)
  })

  it('in kiosk mode only once the PIN-guarded Quit approved it', () => {
    let kiosk = true
    const guard = createQuitGuard(() => kiosk)
    expect(guard.mayQuit()).toBe(false)
    kiosk = false
    expect(guard.mayQuit()).toBe(true)
    kiosk = true
    guard.approveQuit()
    expect(guard.mayQuit()).toBe(true)
  })
})
