import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

import { z } from 'zod'

import { FRESH_GUARD, type PairingGuardState } from './pairing-guard'

/** What outlives a restart of the counter: the paired displays (digests of their tokens) and the guard's counts. */
interface StoredPairing {
  sessions: string[]
  guard: PairingGuardState
}

const count = z.number().int().min(0).max(1_000_000)
const storedPairingSchema = z.object({
  version: z.literal(1),
  sessions: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1000),
  guard: z.object({ wrongCodes: count, codeChanges: count })
})

export interface PairingStore {
  load(): StoredPairing
  /** False when the file could not be written: the displays stay paired until the counter stops. */
  save(pairing: StoredPairing): boolean
}

/**
 * `display-pairing.json` in the data folder (readable by its user only). It holds no token and no code: a digest
 * lets nobody poll, so a copy of the file pairs no display. A missing or unreadable file means nothing paired yet.
 */
export function createPairingFile(path: string): PairingStore {
  return {
    load() {
      try {
        const parsed = storedPairingSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
        if (parsed.success) return { sessions: parsed.data.sessions, guard: parsed.data.guard }
      } catch {
        // No file yet, or one that is not JSON: nothing is paired.
      }
      return { sessions: [], guard: { ...FRESH_GUARD } }
    },
    save(pairing) {
      try {
        mkdirSync(dirname(path), { recursive: true })
        const temporary = `${path}.tmp`
        writeFileSync(temporary, `${JSON.stringify({ version: 1, ...pairing })}\n`, { mode: 0o600 })
        renameSync(temporary, path)
        return true
      } catch {
        return false
      }
    }
  }
}

/** In memory only: tests, and a counter without a data folder. */
export function createPairingMemory(): PairingStore {
  let stored: StoredPairing = { sessions: [], guard: { ...FRESH_GUARD } }
  return {
    load: () => structuredClone(stored),
    save(pairing) {
      stored = structuredClone(pairing)
      return true
    }
  }
}
