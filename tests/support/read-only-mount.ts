import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface ScratchFileSystem {
  /** The root of a file system of its own: nothing else lives on it. */
  folder: string
  /** Remounts it read-only (writes then fail with EROFS, for root as well) or writable again, and proves it. */
  setReadOnly(readOnly: boolean): void
  unmount(): void
}

/**
 * A small tmpfs mounted on a fresh temporary folder, to turn read-only for real: root ignores file modes, but not a
 * read-only mount (a bind remount, which a user namespace allows too). Needs root, or root of a user and mount
 * namespace as `npm test` gives an ordinary user; test files call needsTmpfsMount() (mount-probe.ts), so where mounting
 * is refused their tests are skipped with the reason (failed under CI); they never pass without the fault.
 */
export function mountScratchFileSystem(): ScratchFileSystem {
  const folder = mkdtempSync(join(tmpdir(), 'counter-ro-'))
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', folder])
  } catch (error) {
    rmdirSync(folder)
    throw error
  }
  return {
    folder,
    setReadOnly(readOnly) {
      run('mount', ['-o', `remount,bind,${readOnly ? 'ro' : 'rw'}`, folder])
      if (canWrite(folder) === readOnly) {
        throw new Error(`the scratch file system at ${folder} is not ${readOnly ? 'read-only' : 'writable'}`)
      }
    },
    unmount() {
      const unmounted = spawnSync('umount', [folder]).status === 0 || spawnSync('umount', ['-l', folder]).status === 0
      if (!unmounted) throw new Error(`could not unmount the scratch file system at ${folder}`)
      rmdirSync(folder)
    }
  }
}

function canWrite(folder: string): boolean {
  const probe = join(folder, '.write-probe')
  try {
    writeFileSync(probe, '')
  } catch {
    return false
  }
  rmSync(probe)
  return true
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  if (result.status !== 0) {
    const why = result.error?.message ?? result.stderr.trim()
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (${why}). This test needs a real read-only file system and makes one ` +
        'with a tmpfs mount: run it as root or through npm test (a user and mount namespace).'
    )
  }
}
