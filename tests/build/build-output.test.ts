import { existsSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, posix } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { filesUnder, PROJECT_ROOT, readProjectFile, requireBuiltOutput } from './built-output'

const packageJson = JSON.parse(readProjectFile('package.json')) as {
  main: string
  dependencies?: Record<string, string>
}

/** Resolves a relative reference from a built file, as a path relative to the project root. */
const resolveFrom = (file: string, reference: string) =>
  posix.normalize(posix.join(posix.dirname(file), reference.split(/[?#]/)[0] ?? ''))
const existsInProject = (path: string) => existsSync(join(PROJECT_ROOT, path))

const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')
const bare = (specifiers: string[]) =>
  new Set(specifiers.filter((specifier) => !/^(\.|\/|node:|data:)/.test(specifier)).map(packageName))

/**
 * Bare package names an ES module bundle loads: its import statements and dynamic imports. (`require("…")` inside
 * the main bundle is code that ajv generates as text, never run by the bundle itself.)
 */
const esmImports = (code: string) =>
  bare(
    [
      // A statement starts a line, or follows the one before on the same line (whitespace-free output).
      ...code.matchAll(/(?:^|;)\s*import\s*[^"';]*?from\s*["']([^"']+)["']/gm),
      ...code.matchAll(/(?:^|;)\s*import\s*["']([^"']+)["']/gm),
      ...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)
    ].map((match) => match[1] ?? '')
  )

/** Bare package names a CommonJS bundle requires. */
const cjsRequires = (code: string) =>
  bare([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? ''))

describe('the electron-vite build that electron-builder packages', () => {
  beforeAll(() => requireBuiltOutput())

  it('package.json main is out/main/index.js, and it exists', () => {
    expect(packageJson.main).toBe('out/main/index.js')
    expect(existsInProject(packageJson.main)).toBe(true)
  })

  it("the main bundle's ../preload/index.cjs and ../renderer/index.html references resolve to built files", () => {
    const main = readProjectFile('out/main/index.js')
    const references = [...main.matchAll(/new URL\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g)].map(
      (match) => match[1] ?? ''
    )
    expect(references).toEqual(expect.arrayContaining(['../preload/index.cjs', '../renderer/index.html']))
    const unresolved = references.filter((reference) => !existsInProject(resolveFrom('out/main/index.js', reference)))
    expect(unresolved).toEqual([])
  })

  it('the main bundle takes SQLite from the runtime (node:sqlite) when the books open, and bundles no engine', () => {
    // Main's entry and the chunks it shares with the books worker.
    const main = filesUnder('out/main')
      .filter((file) => file.endsWith('.js'))
      .map(readProjectFile)
      .join('\n')
    expect(main.match(/getBuiltinModule\(\s*["'`]node:sqlite["'`]\s*\)/g)).toHaveLength(1)
    // A static import would fail before the start-failure dialog could say that the engine is missing.
    expect(main).not.toMatch(/(?:^|;)\s*import\s*[^;(]*["'`]node:sqlite["'`]/m)
    expect(main).not.toMatch(/sqlite3_open|better-sqlite3|sql\.js/)
  })

  it('the main bundle loads only Node built-ins, electron and dependencies (devDependencies are not packaged)', () => {
    const dependencies = new Set(Object.keys(packageJson.dependencies ?? {}))
    const builtins = new Set(builtinModules)
    const unpackaged = [...esmImports(readProjectFile('out/main/index.js'))].filter(
      (name) => name !== 'electron' && !builtins.has(name) && !dependencies.has(name)
    )
    expect(unpackaged, 'move these to dependencies or bundle them into main').toEqual([])
  })

  it('the preload is one CommonJS file that requires nothing but electron, as a sandboxed preload must', () => {
    const preload = readProjectFile('out/preload/index.cjs')
    expect(preload).not.toMatch(/^\s*(import|export)\s/m)
    expect([...cjsRequires(preload)]).toEqual(['electron'])
    expect(preload).not.toMatch(/\brequire\(\s*["']\./)
  })

  it('out/renderer/index.html and every file it references exist, by relative paths that work from file://', () => {
    const html = readProjectFile('out/renderer/index.html')
    const references = [...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((match) => match[1] ?? '')
    expect(references.length).toBeGreaterThan(0)
    expect(
      references.filter((reference) => /^([a-z]+:|\/)/i.test(reference)),
      'remote or root-absolute'
    ).toEqual([])
    const missing = references.filter(
      (reference) => !existsInProject(resolveFrom('out/renderer/index.html', reference))
    )
    expect(missing).toEqual([])
  })

  it("the renderer's scripts and styles find every chunk and asset they load", () => {
    const missing: string[] = []
    for (const file of filesUnder('out/renderer').filter((path) => /\.(js|css)$/.test(path))) {
      const code = readProjectFile(file)
      const references = file.endsWith('.css')
        ? [...code.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1] ?? '')
        : [
            ...code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g),
            ...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g),
            ...code.matchAll(/new URL\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g)
          ].map((match) => match[1] ?? '')
      for (const reference of references.filter((path) => !/^(data:|#)/.test(path))) {
        if (!existsInProject(resolveFrom(file, reference))) missing.push(`${file} → ${reference}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('ships no source maps and nothing outside main, preload, renderer and the customer display page', () => {
    const built = filesUnder('out')
    expect(built.filter((file) => file.endsWith('.map'))).toEqual([])
    expect([...new Set(built.map((file) => dirname(file).split('/')[1]))].sort()).toEqual([
      'customer-display',
      'main',
      'preload',
      'renderer'
    ])
  })
})
