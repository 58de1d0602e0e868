import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { findCycles } from '../../scripts/check-import-cycles'

describe('import cycles', () => {
  it('finds a cycle through several modules, and none in a tree that only shares a leaf', () => {
    const circle = new Map([
      ['counter-call', ['settings-lock-store']],
      ['settings-lock-store', ['settings-store']],
      ['settings-store', ['pending-store']],
      ['pending-store', ['counter-call']]
    ])
    expect(findCycles(circle)).toEqual([
      ['counter-call', 'settings-lock-store', 'settings-store', 'pending-store', 'counter-call']
    ])
    const diamond = new Map([
      ['app', ['sale-store', 'pending-store']],
      ['sale-store', ['counter-call']],
      ['pending-store', ['counter-call']],
      ['counter-call', []]
    ])
    expect(findCycles(diamond)).toEqual([])
  })

  it('src-main, src-preload and src-renderer import no module in a circle', () => {
    const checked = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/check-import-cycles.ts'], {
      encoding: 'utf8'
    })
    expect(checked.stderr).not.toContain('Import cycle')
    expect(checked.status).toBe(0)
  })
})
