import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { SettingsStorage } from './settings-storage'

/** Settings in one JSON file, replaced atomically (write a sibling, then rename) so a crash never leaves half a file. */
export function createJsonFileSettingsStorage(filePath: string): SettingsStorage {
  return {
    read() {
      let text: string
      try {
        text = readFileSync(filePath, 'utf8')
      } catch {
        return undefined
      }
      try {
        return JSON.parse(text) as unknown
      } catch {
        return 'unreadable'
      }
    },
    write(settings) {
      mkdirSync(dirname(filePath), { recursive: true })
      const temporaryPath = `${filePath}.${process.pid}.tmp`
      writeFileSync(temporaryPath, JSON.stringify(settings, null, 2), { mode: 0o600 })
      renameSync(temporaryPath, filePath)
    }
  }
}
