import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { needs } from '../support/needs'
import { PROJECT_ROOT } from './built-output'

/** Node 20 from npm's `node` package, kept between runs: the oldest Node a Debian machine still ships. */
const NODE20_FOLDER = join(tmpdir(), 'secpaid-counter-node20')
const NODE20_BIN = join(NODE20_FOLDER, 'node_modules', 'node', 'bin')
const INSTALL_LIMIT_MS = 180_000

/** Installs node@20 from the registry (once); null when it is there, otherwise why it could not be had. */
function installNode20(): string | null {
  const node = join(NODE20_BIN, 'node')
  const version = () => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? ''
  if (existsSync(node) && version().startsWith('v20.')) return null
  const install = spawnSync(
    'npm',
    ['install', '--prefix', NODE20_FOLDER, '--no-save', '--no-audit', '--no-fund', 'node@20'],
    { encoding: 'utf8', timeout: INSTALL_LIMIT_MS, shell: process.platform === 'win32' }
  )
  if (existsSync(node) && version().startsWith('v20.')) return null
  const why = install.error?.message ?? install.stderr.trim().split('\n').slice(-3).join(' ')
  return `Node 20 could not be installed from the npm registry (\`npm install --prefix ${NODE20_FOLDER} node@20\`: ${why}).`
}

/** Runs a command in the project with Node 20 first on PATH, as on a machine whose system Node is 20. */
function withNode20(command: string, args: string[], cwd = PROJECT_ROOT) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: [NODE20_BIN, process.env.PATH].join(delimiter), npm_config_update_notifier: 'false' },
    timeout: 60_000,
    shell: process.platform === 'win32'
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr }
}

/** The launcher's sentence: found and needed version, and how to get Node 22 (npm's node package, or nvm). */
const ONE_SENTENCE =
  /^SecPaid Counter needs Node\.js 22\.12\.0 or newer, but this is Node\.js 20\.\d+\.\d+ \([^\n]*\): get Node 22 with `npm install --prefix \.tools node@22` and put \.tools\/node_modules\/node\/bin first on PATH, or with nvm \(`nvm install 22`\), then run the command again\.$/

const workFolder = mkdtempSync(join(tmpdir(), 'counter-old-node-'))
afterAll(() => rmSync(workFolder, { recursive: true, force: true }))

describe('a Node older than 22.12', () => {
  it(
    'is stopped first by the launcher of npm start, with one sentence: found, needed, how to get it',
    (context) => {
      needs(context, installNode20())
      const run = withNode20(join(NODE20_BIN, 'node'), [
        'scripts/launch.mjs',
        'scripts/with-electron.mjs',
        'electron-vite',
        'preview'
      ])
      expect(run.code).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr.trim()).toMatch(ONE_SENTENCE)
      expect(run.stderr).not.toContain('bad option')
    },
    INSTALL_LIMIT_MS + 60_000
  )

  it.for<string>(['start', 'dev', 'test', 'bench', 'bench:tills', 'simulator', 'test:electron'])(
    'is stopped first, in the same sentence, by `npm run %s`',
    { timeout: INSTALL_LIMIT_MS + 60_000 },
    (script, context) => {
      needs(context, installNode20())
      const run = withNode20('npm', ['run', script])
      expect(run.code).not.toBe(0)
      // npm's own "> secpaid-counter@0.1.0 start" header comes first; the script's first line is the sentence.
      const lines = run.output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('>'))
      expect(lines[0]).toMatch(ONE_SENTENCE)
      expect(run.output).not.toContain('bad option')
    }
  )

  it(
    'makes npm ci end with npm’s engine error instead of a warning (engine-strict in the project’s .npmrc)',
    (context) => {
      needs(context, installNode20())
      const clone = join(workFolder, 'clone')
      mkdirSync(clone)
      for (const file of ['package.json', 'package-lock.json', '.npmrc'])
        cpSync(join(PROJECT_ROOT, file), join(clone, file))
      const run = withNode20('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], clone)
      expect(run.code).not.toBe(0)
      expect(run.output).toContain('EBADENGINE')
      expect(run.output).toMatch(/Required: \{"node":">=22\.12\.0"\}/)
      expect(readFileSync(join(PROJECT_ROOT, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m)
    },
    INSTALL_LIMIT_MS + 60_000
  )
})
