import { describe, expect, it } from 'vitest'

import { planCustomerWindow } from '../../../src-main/window/customer-window-plan'

const URL_NOW = 'http://127.0.0.1:43117/#code=305817'
const URL_NEXT = 'http://127.0.0.1:43117/#code=990011'

describe('planCustomerWindow', () => {
  it('opens a window when the setting is on and the display server runs', () => {
    expect(planCustomerWindow({ wanted: true, url: URL_NOW, shownUrl: null })).toEqual({ kind: 'open', url: URL_NOW })
  })

  it('loads the new URL when it changed, whatever the URL holds; nothing when it is the same', () => {
    expect(planCustomerWindow({ wanted: true, url: URL_NEXT, shownUrl: URL_NOW })).toEqual({
      kind: 'load',
      url: URL_NEXT
    })
    expect(planCustomerWindow({ wanted: true, url: URL_NOW, shownUrl: URL_NOW })).toEqual({ kind: 'none' })
  })

  it('closes the window when the setting is off or the server is gone; nothing when there is none', () => {
    expect(planCustomerWindow({ wanted: false, url: URL_NOW, shownUrl: URL_NOW })).toEqual({ kind: 'close' })
    expect(planCustomerWindow({ wanted: true, url: null, shownUrl: URL_NOW })).toEqual({ kind: 'close' })
    expect(planCustomerWindow({ wanted: false, url: URL_NOW, shownUrl: null })).toEqual({ kind: 'none' })
    expect(planCustomerWindow({ wanted: true, url: null, shownUrl: null })).toEqual({ kind: 'none' })
  })
})
