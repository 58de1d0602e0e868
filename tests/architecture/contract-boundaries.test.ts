import { relative, resolve, sep } from 'node:path'

import { describe, expect, it } from 'vitest'

import { importsOf, sourceFiles } from '../../scripts/check-import-cycles'

const project = (file: string) => relative(process.cwd(), file).split(sep).join('/')

/** Every project file `entry` reaches through its imports, itself included. */
function reachedFrom(entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const next of importsOf(file)) visit(next)
  }
  visit(resolve(entry))
  return [...seen].map(project).sort()
}

describe('src-preload/contract is the whole contract', () => {
  it('the preload reaches no file of main: what it checks, it takes from the contract', () => {
    const reached = reachedFrom('src-preload/index.ts')
    expect(reached).toContain('src-preload/contract/index.ts')
    expect(reached.filter((file) => !file.startsWith('src-preload/'))).toEqual([])
  })

  it('the contract imports nothing but itself (and zod): main, preload and renderer all build on it', () => {
    const outside = sourceFiles('src-preload/contract').flatMap((file) =>
      importsOf(file)
        .map(project)
        .filter((imported) => !imported.startsWith('src-preload/contract/'))
        .map((imported) => `${project(file)} → ${imported}`)
    )
    expect(outside).toEqual([])
  })

  it('the customer display page takes the view it paints from the contract, as main does', () => {
    const page = reachedFrom('src-renderer/customer-display/display.ts')
    const main = reachedFrom('src-main/customer-display/customer-display-server.ts')
    expect(page).toContain('src-preload/contract/customer-view.ts')
    expect(main).toContain('src-preload/contract/customer-view.ts')
  })
})

describe('ipc/ is the top floor of main only', () => {
  it('no folder of main imports from src-main/ipc: domain services return results, ipc maps them to the wire', () => {
    const importers = sourceFiles('src-main')
      .map(project)
      .filter((file) => file.split('/').length > 2 && !file.startsWith('src-main/ipc/'))
      .filter((file) => importsOf(resolve(file)).some((imported) => project(imported).startsWith('src-main/ipc/')))
    expect(importers).toEqual([])
  })
})
