import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, describe, expect, it } from 'vitest'

import { createRejectionLog } from '../../../src-main/app/unhandled-rejections'

const MODULE_PATH = fileURLToPath(new URL('../../../src-main/app/unhandled-rejections.ts', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'counter-rejections-'))

/**
 * A real Node process that leaves a promise rejection unhandled, then says whether it is still running;
 * with `installed`, the app's handler is in place first.
 */
function runProcessWithLostPromise(installed: boolean, logFile: string) {
  const script = `
    import { createRejectionLog, install } from ${JSON.stringify(MODULE_PATH)}
    if (${installed}) install(process, createRejectionLog({ logFile: ${JSON.stringify(logFile)} }).report)
    Promise.reject(new Error('the charge promise nobody awaited'))
    setTimeout(() => console.log('still running'), 50)
  `
  return spawnSync(process.execPath, ['--experimental-strip-types', '--input-type=module', '-e', script], {
    encoding: 'utf8'
  })
}

describe('unhandled rejections in main', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('without the handler, one lost promise ends the process (Node’s default)', () => {
    const run = runProcessWithLostPromise(false, join(folder, 'unused.log'))
    expect(run.status).not.toBe(0)
    expect(run.stdout).not.toContain('still running')
  })

  it('with it, the process keeps running and the rejection is on the console and in the log file', () => {
    const logFile = join(folder, 'process', 'main-errors.log')
    const run = runProcessWithLostPromise(true, logFile)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('still running')
    expect(run.stderr).toMatch(/unhandled rejection: Error: the charge promise nobody awaited/)
    expect(readFileSync(logFile, 'utf8')).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z unhandled rejection: Error: the charge promise nobody awaited\n {4}at /
    )
    expect(statSync(logFile).mode & 0o777).toBe(0o600)
  })

  it('keeps the newest 50 for reporting, with their time', () => {
    const lines: string[] = []
    const log = createRejectionLog({
      logFile: join(folder, 'kept.log'),
      now: () => new Date('2026-11-27T09:30:00.000Z'),
      writeConsole: (line) => lines.push(line)
    })
    for (let number = 1; number <= 52; number += 1) log.report(`rejection ${number}`)
    const recorded = log.recorded()
    expect(recorded).toHaveLength(50)
    expect(recorded[0]).toEqual({ at: '2026-11-27T09:30:00.000Z', message: 'rejection 3' })
    expect(recorded.at(-1)).toEqual({ at: '2026-11-27T09:30:00.000Z', message: 'rejection 52' })
    expect(lines).toHaveLength(52)
  })

  it('still logs to the console when the log file cannot be written, and never throws', () => {
    const aFile = join(folder, 'a-file')
    writeFileSync(aFile, '')
    const lines: string[] = []
    const log = createRejectionLog({
      logFile: join(aFile, 'main-errors.log'),
      writeConsole: (line) => lines.push(line)
    })
    expect(() => log.report(new Error('lost'))).not.toThrow()
    expect(lines[0]).toMatch(/unhandled rejection: Error: lost/)
    expect(lines[1]).toMatch(/^\(not written to .*main-errors\.log: (EEXIST|ENOTDIR)/)
    expect(log.recorded()).toHaveLength(1)
  })
})
