import { closeSync, fstatSync, fsyncSync, openSync, readSync, statSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

import { errnoOf, syncFolder } from '../../src-main/journal/durable-file'

export type LineWrite = { ok: true } | { ok: false; stage: 'open' | 'write'; errno: string | null }

interface JournalWriter {
  /** Opens the file for appending unless it is open already; answers why not. */
  open(): LineWrite
  /** Appends one line and waits until it is on disk (fsync); a line that could not be written is not there. */
  appendLine(text: string): LineWrite
  close(): void
}

const NEWLINE = 0x0a

/**
 * The journal file, held open (one descriptor, append mode) so that running out of file descriptors can never stop
 * a sale from being recorded. Each line goes out in one write and is fsynced before the caller goes on. After a
 * failed or partial write the file may end in a torn line: the next line then starts on a fresh one, so the torn
 * line never swallows it. If the file is removed or replaced meanwhile (the owner archived it), the next line goes
 * to a new file at the same path instead of to the one nobody sees any more.
 */
export function createJournalWriter(filePath: string): JournalWriter {
  let fd: number | null = null
  let identity: { dev: number; ino: number } | null = null
  let mayEndTorn = true

  const closeQuietly = () => {
    if (fd === null) return
    try {
      closeSync(fd)
    } catch {
      // Already unusable: there is nothing left to release.
    }
    fd = null
  }

  const stillAtPath = () => {
    const atPath = statSync(filePath, { throwIfNoEntry: false })
    return atPath !== undefined && identity !== null && atPath.dev === identity.dev && atPath.ino === identity.ino
  }

  const open = (): LineWrite => {
    try {
      if (fd !== null && stillAtPath()) return { ok: true }
      closeQuietly()
      const existed = statSync(filePath, { throwIfNoEntry: false }) !== undefined
      fd = openSync(filePath, 'a+', 0o600)
      const { dev, ino } = fstatSync(fd)
      identity = { dev, ino }
      // A new file's name is an entry in its folder: flushed too, or a power cut could lose the file whole.
      if (!existed) syncFolder(dirname(filePath))
      mayEndTorn = true
      return { ok: true }
    } catch (error) {
      closeQuietly()
      return { ok: false, stage: 'open', errno: errnoOf(error) }
    }
  }

  const endsMidLine = (openFd: number) => {
    const size = fstatSync(openFd).size
    if (size === 0) return false
    const last = Buffer.alloc(1)
    readSync(openFd, last, 0, 1, size - 1)
    return last[0] !== NEWLINE
  }

  return {
    open,
    appendLine(text) {
      const opened = open()
      if (!opened.ok || fd === null) return opened
      try {
        const line = Buffer.from(`${mayEndTorn && endsMidLine(fd) ? '\n' : ''}${text}\n`, 'utf8')
        mayEndTorn = true
        // One write call; only a partial write (a disk filling up) is continued, to learn the error or finish.
        for (let offset = 0; offset < line.length;) offset += writeSync(fd, line, offset)
        fsyncSync(fd)
        mayEndTorn = false
        return { ok: true }
      } catch (error) {
        return { ok: false, stage: 'write', errno: errnoOf(error) }
      }
    },
    close: closeQuietly
  }
}
