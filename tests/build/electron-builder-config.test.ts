import { existsSync, readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'

import type { Configuration, TargetConfigType } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { PNG } from 'pngjs'
import { beforeAll, describe, expect, it } from 'vitest'

import { PROJECT_ROOT } from './built-output'
import { readIcnsEntries, readIcoEntries } from './icon-files'

/** electron-builder's own loader: electron-builder.yml (or any config file it accepts), with its defaults merged. */
const loadConfig = () => getConfig(PROJECT_ROOT, null, null)

function targetNames(target: TargetConfigType | undefined): string[] {
  if (target === undefined || target === null) return []
  const targets = Array.isArray(target) ? target : [target]
  return targets.map((entry) => (typeof entry === 'string' ? entry : entry.target).toLowerCase())
}

/** Where electron-builder finds a configured resource: in buildResources first, else relative to the project. */
function resolveResource(config: Configuration, path: string): string {
  const inBuildResources = resolve(PROJECT_ROOT, config.directories?.buildResources ?? 'build', path)
  return existsSync(inBuildResources) ? inBuildResources : resolve(PROJECT_ROOT, path)
}

describe('electron-builder configuration', () => {
  let config: Configuration

  beforeAll(async () => {
    config = await loadConfig()
  })

  // The first validation compiles electron-builder's whole JSON schema: seconds, not milliseconds.
  it("passes electron-builder's own schema validation", { timeout: 30_000 }, async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it(
    'would fail that validation on a misspelled option, so the check above can fail',
    { timeout: 30_000 },
    async () => {
      const misspelled = { ...config, nsis: { ...config.nsis, oneclick: false } } as Configuration
      await expect(validateConfiguration(misspelled, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/)
    }
  )

  it('names the app and writes installers to dist/ with resources from build/', () => {
    expect(config).toMatchObject({
      appId: 'com.secpaid.counter',
      productName: 'SecPaid Counter',
      directories: { buildResources: 'build', output: 'dist' },
      asar: true
    })
  })

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['appimage', 'deb'])
    expect(targetNames(config.win?.target)).toEqual(['nsis'])
    expect(targetNames(config.mac?.target)).toEqual(['dmg'])
  })

  it('packages only the electron-vite output and package.json: no sources, tests or source maps', () => {
    const packageJson = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { main: string }
    // getConfig hands the patterns back as file sets ({ filter }); the patterns are what matter.
    const patterns = (config.files as { filter: string[] }[]).flatMap((fileSet) => fileSet.filter)
    expect(patterns).toEqual(['out/**', 'package.json', '!**/*.map'])
    expect(packageJson.main.startsWith('out/')).toBe(true)
  })

  it('installs per user on Windows with a choice of folder, hardened on macOS, filed under Office/Finance on Linux', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true })
    expect(config.mac).toMatchObject({ category: 'public.app-category.business', hardenedRuntime: true })
    expect(config.linux).toMatchObject({ category: 'Office;Finance' })
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/)
  })

  it('gives deb the homepage and author it refuses to build without (package.json has neither)', () => {
    expect(config.extraMetadata).toMatchObject({
      homepage: expect.stringMatching(/^https:\/\//),
      author: { name: 'SecPaid', email: expect.stringContaining('@') }
    })
  })

  it('turns off the Electron fuses that would let the packaged app run as Node or under a debugger', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true
    })
  })

  it('checks app.asar against its packaged hash, and re-signs ad hoc so an unsigned macOS arm64 build still starts', () => {
    expect(config.electronFuses).toMatchObject({
      enableEmbeddedAsarIntegrityValidation: true,
      resetAdHocDarwinSignature: true
    })
  })

  it('grants the macOS hardened runtime only what V8 needs, from an entitlements file that exists', () => {
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      expect(file).toBeTypeOf('string')
      const plist = readFileSync(resolveResource(config, file as string), 'utf8')
      const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1])
      expect(granted).toEqual([
        'com.apple.security.cs.allow-jit',
        'com.apple.security.cs.allow-unsigned-executable-memory'
      ])
    }
  })

  describe('every icon it names exists, in the format and size its platform needs', () => {
    it('Linux: a PNG of at least 512×512', () => {
      const path = resolveResource(config, config.linux?.icon as string)
      expect(extname(path)).toBe('.png')
      const png = PNG.sync.read(readFileSync(path))
      expect(png.width).toBe(png.height)
      expect(png.width).toBeGreaterThanOrEqual(512)
    })

    it('Windows: an .ico with a 256 px image', () => {
      const path = resolveResource(config, config.win?.icon as string)
      expect(extname(path)).toBe('.ico')
      expect(readIcoEntries(readFileSync(path)).map((entry) => entry.png.width)).toContain(256)
    })

    it('macOS: an .icns with the 512@2x (1024 px) image', () => {
      const path = resolveResource(config, config.mac?.icon as string)
      expect(extname(path)).toBe('.icns')
      const ic10 = readIcnsEntries(readFileSync(path)).find((entry) => entry.type === 'ic10')
      expect(ic10?.png.width).toBe(1024)
    })
  })
})
