import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { beforeEach } from 'vitest'

import { needs } from './needs'

/** Set by `npm test` when it could not run the fault tests in a user and mount namespace: why not. */
export const NO_NAMESPACE_ENV = 'COUNTER_NO_MOUNT_NAMESPACE'

let refusal: string | null | undefined

/**
 * Whether this process may mount a tmpfs (root, or root of its own user and mount namespace, as `npm test` runs the
 * fault tests for an ordinary user): null if so, otherwise why not, in one sentence. Asked once per process.
 */
export function tmpfsMountRefused(): string | null {
  if (refusal !== undefined) return refusal
  const folder = mkdtempSync(join(tmpdir(), 'counter-mount-probe-'))
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', folder], { encoding: 'utf8' })
  if (mounted.status === 0) spawnSync('umount', ['-l', folder])
  rmdirSync(folder)
  if (mounted.status === 0) {
    refusal = null
    return refusal
  }
  const why = (mounted.error?.message ?? mounted.stderr.trim().split('\n')[0] ?? '').replace(`${folder}: `, '')
  const namespace = process.env[NO_NAMESPACE_ENV]
  refusal = namespace
    ? `No real full or read-only disk here: \`mount -t tmpfs\` was refused (${why}) and so was a user and mount ` +
      `namespace (${namespace}); run these fault tests as root to include them.`
    : `No real full or read-only disk here: \`mount -t tmpfs\` was refused (${why}); run these fault tests through ` +
      '`npm test`, which runs them in a user and mount namespace (`unshare --user --map-root-user --mount`) where ' +
      'the kernel allows it, or as root.'
  return refusal
}

/**
 * For a test file whose tests mount a tmpfs: where mounting is refused each test is skipped with the reason before any
 * of its hooks runs (and fails under CI). A `beforeAll` that mounts must check `tmpfsMountRefused()` itself.
 */
export function needsTmpfsMount(): void {
  beforeEach((context) => needs(context, tmpfsMountRefused()))
}
