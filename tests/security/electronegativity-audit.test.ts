import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { secureWebPreferences } from '../../src-main/window/secure-web-preferences'
import { PROJECT_ROOT, readProjectFile } from '../build/built-output'

interface Justifications {
  excludedChecks: { check: string; why: string }[]
  accepted: { check: string; file: string; why: string }[]
}

const justifications = JSON.parse(readProjectFile('security/electronegativity-justifications.json')) as Justifications

/** Runs scripts/security-audit.mjs on a made-up project: `files` maps paths to contents. */
function auditProject(files: Record<string, string>) {
  const project = mkdtempSync(join(tmpdir(), 'counter-audit-'))
  projects.push(project)
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true })
    writeFileSync(join(project, path), contents)
  }
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/security-audit.mjs'), '--project', project], {
    encoding: 'utf8',
    timeout: 60_000
  })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}
const projects: string[] = []

const INSECURE_WINDOW = `import { BrowserWindow } from 'electron'
export const open = () => new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })
`
const noJustifications = JSON.stringify({ excludedChecks: justifications.excludedChecks, accepted: [] })

describe('the electronegativity audit (npm run audit:electron)', () => {
  afterAll(() => {
    for (const project of projects) rmSync(project, { recursive: true, force: true })
  })

  it(
    'fails on a window with Node integration, no context isolation and no navigation limits',
    { timeout: 60_000 },
    () => {
      const { status, output } = auditProject({
        'src-main/window.ts': INSECURE_WINDOW,
        'security/electronegativity-justifications.json': noJustifications
      })
      expect(status).toBe(1)
      expect(output).toMatch(/NODE_INTEGRATION_JS_CHECK in src-main\/window\.ts:2 is not justified/)
      expect(output).toMatch(/CONTEXT_ISOLATION_JS_CHECK in src-main\/window\.ts:2 is not justified/)
      expect(output).toMatch(/LIMIT_NAVIGATION_GLOBAL_CHECK in N\/A:0 is not justified/)
    }
  )

  it(
    'fails when an accepted finding is no longer found, so the justifications cannot go stale',
    { timeout: 60_000 },
    () => {
      const stale = {
        excludedChecks: justifications.excludedChecks,
        accepted: [{ check: 'SANDBOX_JS_CHECK', file: 'src-main/gone.ts', why: 'A window that was removed long ago.' }]
      }
      const { status, output } = auditProject({
        'src-main/empty.ts': 'export {}\n',
        'security/electronegativity-justifications.json': JSON.stringify(stale)
      })
      expect(status).toBe(1)
      expect(output).toContain('SANDBOX_JS_CHECK in src-main/gone.ts is accepted but no longer found')
    }
  )

  it('every exclusion and accepted finding names its check, an existing file and a reason', () => {
    expect(justifications.excludedChecks.length + justifications.accepted.length).toBeGreaterThan(0)
    for (const entry of [...justifications.excludedChecks, ...justifications.accepted]) {
      expect(entry.check).toMatch(/^[A-Za-z_]+$/)
      expect(entry.why.length, entry.check).toBeGreaterThan(40)
    }
    expect(justifications.accepted.filter((entry) => !existsSync(join(PROJECT_ROOT, entry.file)))).toEqual([])
  })

  it('the facts the context-isolation and sandbox justifications rest on still hold', () => {
    expect(secureWebPreferences('/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false
    })
    const mainWindow = readFileSync(join(PROJECT_ROOT, 'src-main/window/main-window.ts'), 'utf8')
    expect(mainWindow).toMatch(/webPreferences:\s*\{\s*\.\.\.secureWebPreferences\(/)
  })
})
