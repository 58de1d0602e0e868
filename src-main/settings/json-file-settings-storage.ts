import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

import type { SettingsStorage } from './settings-storage'
import { errnoOf, fileWriteProblem, writeProblemError } from './write-problem'

/** Settings in one JSON file, replaced atomically (write a sibling, then rename) so a crash never leaves half a file. */
export function createJsonFileSettingsStorage(filePath: string): SettingsStorage {
  return {
    read() {
      let text: string
      try {
        text = readFileSync(filePath, 'utf8')
      } catch (error) {
        // Only a missing file is a fresh install; one that is there but cannot be read must not be taken for one.
        if (errnoOf(error) === 'ENOENT') return undefined
        throw error
      }
      try {
        return JSON.parse(text) as unknown
      } catch {
        return 'unreadable'
      }
    },
    writeProblem: () => fileWriteProblem(filePath),
    write(settings) {
      const problem = fileWriteProblem(filePath)
      if (problem !== null) throw writeProblemError(problem)
      mkdirSync(dirname(filePath), { recursive: true })
      const temporaryPath = `${filePath}.${process.pid}.tmp`
      writeFileSync(temporaryPath, JSON.stringify(settings, null, 2), { mode: 0o600 })
      renameSync(temporaryPath, filePath)
    }
  }
}
