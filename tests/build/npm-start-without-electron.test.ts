import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PROJECT_ROOT } from './built-output'

const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version
const LOADER_PATH_FILE = join(PROJECT_ROOT, 'node_modules/electron/path.txt')
const START_LIMIT_MS = 30_000

interface Run {
  code: number | null
  output: string
  elapsedMs: number
}

/** Runs a command in the project as a developer would, in an environment without the test runner's Electron settings. */
function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  const { ELECTRON_OVERRIDE_DIST_PATH: _override, ELECTRON_EXEC_PATH: _execPath, ...inherited } = process.env
  const startedAt = Date.now()
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: {
      ...inherited,
      PATH: [join(PROJECT_ROOT, 'node_modules', '.bin'), inherited.PATH].join(delimiter),
      // Electron's download cache starts empty, so no zip downloaded earlier on this machine can stand in.
      electron_config_cache: cacheFolder,
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32'
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const killer = setTimeout(() => child.kill('SIGKILL'), START_LIMIT_MS + 5_000)
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(killer)
      resolve({ code, output, elapsedMs: Date.now() - startedAt })
    })
  })
}

/** A real HTTP server on 127.0.0.1: `drop` cuts every connection it accepts, `notFound` answers 404 to everything. */
async function startServer(
  behaviour: 'drop' | 'notFound'
): Promise<{ url: string; connections: () => number; server: Server }> {
  let connections = 0
  const server = createServer((_request, response) => response.writeHead(404).end())
  server.on('connection', (socket) => {
    connections += 1
    if (behaviour === 'drop') socket.destroy()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { url: `http://127.0.0.1:${address.port}/`, connections: () => connections, server }
}

const workFolder = mkdtempSync(join(tmpdir(), 'counter-start-'))
const cacheFolder = join(workFolder, 'electron-cache')

describe('npm start on a clone whose Electron binary is not there', () => {
  let droppingProxy: Awaited<ReturnType<typeof startServer>>
  let emptyMirror: Awaited<ReturnType<typeof startServer>>

  beforeAll(async () => {
    droppingProxy = await startServer('drop')
    emptyMirror = await startServer('notFound')
  })
  afterAll(async () => {
    for (const { server } of [droppingProxy, emptyMirror]) await new Promise((resolve) => server.close(resolve))
    rmSync(workFolder, { recursive: true, force: true })
  })

  it(
    'when the download gets nowhere, ends within 30 s, non-zero, with one sentence on what to do',
    { timeout: START_LIMIT_MS + 10_000 },
    async () => {
      const hadPathFile = existsSync(LOADER_PATH_FILE)
      // No ELECTRON_OVERRIDE_DIST_PATH: Electron's loader really downloads, from its default address, through a proxy
      // that cuts every connection; so the network fails the same way here, in CI and on a machine with internet.
      const started = await run('npm', ['start'], {
        ELECTRON_GET_USE_PROXY: '1',
        HTTPS_PROXY: droppingProxy.url,
        HTTP_PROXY: droppingProxy.url
      })
      expect(droppingProxy.connections()).toBeGreaterThan(0)
      expect(started.code).not.toBe(0)
      expect(started.elapsedMs).toBeLessThan(START_LIMIT_MS)
      expect(started.output).toContain(
        `Electron ${ELECTRON_VERSION} could not be downloaded (fetch failed): check the network connection, or behind ` +
          'a proxy set ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY, or set ELECTRON_MIRROR to a mirror you can reach, ' +
          'then run npm start again.'
      )
      expect(started.output).not.toContain('Electron uninstall')
      expect(started.output).not.toMatch(/^\s+at /m)
      expect(existsSync(LOADER_PATH_FILE)).toBe(hadPathFile)
    }
  )

  it('when ELECTRON_MIRROR has no such file, says so with the mirror’s answer', { timeout: 40_000 }, async () => {
    const started = await run('npm', ['start'], { ELECTRON_MIRROR: emptyMirror.url })
    expect(emptyMirror.connections()).toBeGreaterThan(0)
    expect(started.code).not.toBe(0)
    expect(started.output).toMatch(
      new RegExp(`Electron ${ELECTRON_VERSION.replace(/\./g, '\\.')} could not be downloaded \\(Response code 404`)
    )
    expect(started.output).not.toContain('Electron uninstall')
  })

  it('names an ELECTRON_OVERRIDE_DIST_PATH folder that holds no Electron, non-zero', { timeout: 40_000 }, async () => {
    const emptyFolder = join(workFolder, 'no-electron-here')
    mkdirSync(emptyFolder)
    const started = await run('npm', ['start'], { ELECTRON_OVERRIDE_DIST_PATH: emptyFolder })
    expect(started.code).not.toBe(0)
    expect(started.output).toContain(
      `ELECTRON_OVERRIDE_DIST_PATH is set to ${emptyFolder}, but there is no Electron executable at ` +
        `${join(emptyFolder, 'electron')}: point it at a folder with an unpacked Electron ${ELECTRON_VERSION}, or ` +
        'unset it so Electron is downloaded, then run npm start again.'
    )
  })

  it(
    'hands the binary it found to electron-vite, which launches it (no "Electron uninstall")',
    { timeout: 40_000 },
    async () => {
      // A stand-in Electron that notes its arguments; electron-vite launches it with the app folder, ".".
      const distFolder = join(workFolder, 'stand-in-electron')
      const launchedWith = join(workFolder, 'launched-with.txt')
      mkdirSync(distFolder)
      writeFileSync(join(distFolder, 'electron'), `#!/bin/sh\necho "$@" > "${launchedWith}"\n`, { mode: 0o755 })
      // The start script's own command, minus its build step: out/ stays as the other tests read it.
      const started = await run(
        process.execPath,
        ['--experimental-strip-types', 'scripts/with-electron.mjs', 'electron-vite', 'preview', '--skipBuild'],
        { ELECTRON_OVERRIDE_DIST_PATH: distFolder }
      )
      expect(started.output).not.toContain('Electron uninstall')
      expect(started.code).toBe(0)
      expect(readFileSync(launchedWith, 'utf8').trim()).toBe('.')
    }
  )
})
