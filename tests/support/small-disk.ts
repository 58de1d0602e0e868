import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statfsSync,
  statSync,
  writeSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A real, tiny file system (tmpfs) for faults a journal must survive: a full disk (ENOSPC) and a read-only folder
 * (EROFS). Mounting needs root, or root of a user and mount namespace (`npm test` runs these tests in one for an
 * ordinary user); a test file using it calls needsTmpfsMount() (mount-probe.ts), so where mounting is refused its tests
 * are skipped with the reason (failed under CI) and never pass without the fault. Read-only is a bind remount: it gives
 * EROFS for root as well and, unlike remounting the tmpfs itself, is allowed inside a user namespace.
 */
export interface SmallDisk {
  folder: string
  /**
   * Fills the disk so that the next line appended to `journalPath` finds no room: the journal's last block is topped up
   * with blank lines (a journal skips them) up to `leaveBytes` before its end, and a filler file takes the rest.
   * Without a path (the books database, whose file must not be padded) the filler alone fills it.
   */
  fill(journalPath?: string, options?: { leaveBytes?: number }): void
  /** Removes the filler: the disk has room again. */
  free(): void
  readOnly(): void
  writable(): void
  unmount(): void
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
}

export function mountSmallDisk(sizeKiB = 64): SmallDisk {
  const folder = mkdtempSync(join(tmpdir(), 'counter-small-disk-'))
  try {
    run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0700`, 'tmpfs', folder])
  } catch (error) {
    rmSync(folder, { recursive: true, force: true })
    const why = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error)
    throw new Error(
      `Cannot produce a full or read-only disk here: "mount -t tmpfs" was refused (${why}). These tests need root ` +
        'or a user and mount namespace (npm test makes one); they must not pass without the fault.',
      { cause: error }
    )
  }
  const filler = join(folder, 'filler')

  return {
    folder,
    fill(journalPath, { leaveBytes = 0 } = {}) {
      const blockSize = statfsSync(folder).bsize
      const size = journalPath !== undefined && existsSync(journalPath) ? statSync(journalPath).size : 0
      const padding = (((blockSize - (size % blockSize) - leaveBytes) % blockSize) + blockSize) % blockSize
      if (journalPath !== undefined && padding > 0) appendFileSync(journalPath, '\n'.repeat(padding))
      const fd = openSync(filler, 'a')
      try {
        for (;;) writeSync(fd, Buffer.alloc(blockSize))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
      } finally {
        closeSync(fd)
      }
    },
    free: () => rmSync(filler, { force: true }),
    readOnly: () => run('mount', ['-o', 'remount,bind,ro', folder]),
    writable: () => run('mount', ['-o', 'remount,bind,rw', folder]),
    unmount() {
      // Lazily: a journal a failed test left open must not keep the mount (and this folder) around.
      run('umount', ['-l', folder])
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

/** The file descriptors this process holds open now. */
export const openDescriptorCount = (): number => readdirSync('/proc/self/fd').length

/**
 * Runs `step` while this process cannot open a single file more (EMFILE): the soft limit is lowered to what is open
 * and the few left are taken, then everything is given back.
 */
export function withoutFreeDescriptors<T>(step: () => T): T {
  const pid = String(process.pid)
  const [soft, hard] = execFileSync('prlimit', ['--pid', pid, '--nofile', '--raw', '--noheadings', '-o', 'SOFT,HARD'])
    .toString()
    .trim()
    .split(/\s+/)
  // Room enough that, once the taken ones are given back, prlimit can be started again to restore the limit.
  execFileSync('prlimit', ['--pid', pid, `--nofile=${openDescriptorCount() + 64}:${hard}`])
  const taken: number[] = []
  try {
    try {
      for (;;) taken.push(openSync('/dev/null', 'r'))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EMFILE') throw error
    }
    return step()
  } finally {
    for (const fd of taken) closeSync(fd)
    execFileSync('prlimit', ['--pid', pid, `--nofile=${soft}:${hard}`])
  }
}
