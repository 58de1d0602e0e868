import { describe, expect, it } from 'vitest'

import { applicationMenuTemplate } from '../../../src-main/window/application-menu'

describe('applicationMenuTemplate', () => {
  const roles = (template: ReturnType<typeof applicationMenuTemplate>) => template?.map((item) => item.role) ?? null

  it('in kiosk mode: no menu on Windows and Linux, only Edit on macOS; nothing that quits or opens developer tools', () => {
    expect(applicationMenuTemplate(true, 'win32')).toBeNull()
    expect(applicationMenuTemplate(true, 'linux')).toBeNull()
    expect(roles(applicationMenuTemplate(true, 'darwin'))).toEqual(['editMenu'])
  })

  it('out of kiosk mode: the usual menus, with the app menu first on macOS', () => {
    expect(roles(applicationMenuTemplate(false, 'linux'))).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu'])
    expect(roles(applicationMenuTemplate(false, 'darwin'))).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu'
    ])
  })
})
