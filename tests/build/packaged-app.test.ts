import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'

import { extractFile, listPackage, statFile } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { Arch, build, Platform } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { filesUnder, PROJECT_ROOT, requireBuiltOutput } from './built-output'

/** What marks the fuse wire in an Electron binary (@electron/fuses looks for it), then wire version 1 and its length. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's own fuse defaults, in FuseV1Options order: '1' on, '0' off. */
const ELECTRON_DEFAULT_FUSES = '10110001'
const FUSE_ON = '1'.charCodeAt(0)
const FUSE_OFF = '0'.charCodeAt(0)

/**
 * An unpacked Electron for Linux as electron-builder expects it (the `electron` executable and `resources/`), but
 * with no Chromium inside: the executable is only the fuse wire, so electron-builder can flip the fuses for real.
 */
function makeStubElectron(folder: string): void {
  mkdirSync(join(folder, 'resources'), { recursive: true })
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\nexit 1\n${FUSE_SENTINEL}`),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES)
  ])
  writeFileSync(join(folder, 'electron'), wire, { mode: 0o755 })
}

/** Files (not folders) in an asar archive, relative with forward slashes, with their unpacked sizes. */
function asarFiles(archive: string): Map<string, number> {
  const files = new Map<string, number>()
  for (const path of listPackage(archive, { isPack: false })) {
    const inArchive = path.replace(/^[\\/]/, '')
    const entry = statFile(archive, inArchive)
    if ('size' in entry) files.set(inArchive.split(sep).join('/'), entry.size)
  }
  return files
}

describe('the packaged app (electron-builder --dir for Linux against a stub Electron)', () => {
  const workFolder = mkdtempSync(join(tmpdir(), 'counter-package-'))
  const appFolder = join(workFolder, 'dist', 'linux-unpacked')
  const archive = join(appFolder, 'resources', 'app.asar')

  beforeAll(async () => {
    requireBuiltOutput()
    makeStubElectron(join(workFolder, 'electron'))
    // electron-builder.yml as it is, only pointed at the stub and a scratch output folder; there is nothing to rebuild.
    await build({
      projectDir: PROJECT_ROOT,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      config: {
        electronDist: join(workFolder, 'electron'),
        directories: { output: join(workFolder, 'dist') },
        npmRebuild: false
      }
    })
  }, 120_000)
  afterAll(() => rmSync(workFolder, { recursive: true, force: true }))

  it('app.asar holds exactly the built out/ files (no source maps) and package.json: no node_modules', () => {
    const expected = [...filesUnder('out').filter((file) => !file.endsWith('.map')), 'package.json'].sort()
    expect([...asarFiles(archive).keys()].sort()).toEqual(expected)
  })

  it('app.asar is under 2 MB', () => {
    const unpacked = [...asarFiles(archive).values()].reduce((sum, size) => sum + size, 0)
    expect(unpacked).toBeLessThan(2 * 1024 * 1024)
    expect(statSync(archive).size).toBeLessThan(2 * 1024 * 1024)
  })

  it('the packaged package.json starts out/main/index.js and names no dependencies to install', () => {
    const packaged = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as Record<string, unknown>
    expect(packaged.main).toBe('out/main/index.js')
    expect(packaged.dependencies ?? {}).toEqual({})
  })

  it('the executable carries the fuses electron-builder.yml sets', async () => {
    const wire = await getCurrentFuseWire(join(appFolder, 'secpaid-counter'))
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspectArguments: wire[FuseV1Options.EnableNodeCliInspectArguments],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyLoadAppFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar]
    }).toEqual({
      runAsNode: FUSE_OFF,
      nodeOptions: FUSE_OFF,
      inspectArguments: FUSE_OFF,
      cookieEncryption: FUSE_ON,
      asarIntegrity: FUSE_ON,
      onlyLoadAppFromAsar: FUSE_ON
    })
  })
})
