import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

import type { ZodType } from 'zod'

import { errnoOf, syncFolder } from './journal/durable-file'

/** A small JSON file in the data folder that is whole after a power cut: the old one or the new one, never half. */
export interface DurableJsonFile<T> {
  /** What the file holds; `fallback` when there is none yet or it is not readable as `schema` says. */
  load(): T
  /** Written to a temporary file, flushed, renamed over the old one and the folder flushed; else the errno. */
  save(value: T): { ok: true } | { ok: false; errno: string | null }
}

export function createDurableJsonFile<T>(path: string, schema: ZodType<T>, fallback: () => T): DurableJsonFile<T> {
  return {
    load() {
      try {
        const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
        if (parsed.success) return parsed.data
      } catch {
        // No file yet, or one that is not JSON: nothing kept.
      }
      return fallback()
    },
    save(value) {
      try {
        mkdirSync(dirname(path), { recursive: true })
        const temporary = `${path}.tmp`
        const fd = openSync(temporary, 'w', 0o600)
        try {
          writeSync(fd, `${JSON.stringify(value)}\n`)
          fsyncSync(fd)
        } finally {
          closeSync(fd)
        }
        renameSync(temporary, path)
        syncFolder(dirname(path))
        return { ok: true }
      } catch (error) {
        return { ok: false, errno: errnoOf(error) }
      }
    }
  }
}
