import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

/** One rejection nobody handled, as kept for reporting. */
interface RejectionRecord {
  at: string
  message: string
}

/** How many are kept for reporting; a rejection in a loop must not grow memory without end. */
const KEPT_RECORDS = 50

/** Sends every promise rejection nobody handled in this process to `sink`, instead of Node's or Electron's default. */
export function install(
  target: { on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown },
  sink: (reason: unknown) => void
): void {
  target.on('unhandledRejection', (reason) => sink(reason))
}

const describeReason = (reason: unknown) =>
  reason instanceof Error ? (reason.stack ?? `${reason.name}: ${reason.message}`) : String(reason)

/**
 * Where unhandled rejections go: a line on the console and in a log file in the data folder, and the newest kept
 * for reporting (the renderer can be told later). Writing the log never throws: a full disk still logs to the console.
 */
export function createRejectionLog(options: {
  logFile: string
  now?: () => Date
  writeConsole?: (line: string) => void
}): { report(reason: unknown): void; recorded(): readonly RejectionRecord[] } {
  const now = options.now ?? (() => new Date())
  const writeConsole = options.writeConsole ?? ((line) => console.error(line))
  const records: RejectionRecord[] = []
  return {
    report(reason) {
      const record = { at: now().toISOString(), message: describeReason(reason) }
      records.push(record)
      if (records.length > KEPT_RECORDS) records.shift()
      const line = `${record.at} unhandled rejection: ${record.message}`
      writeConsole(line)
      try {
        mkdirSync(dirname(options.logFile), { recursive: true })
        appendFileSync(options.logFile, `${line}\n`, { mode: 0o600 })
      } catch (error) {
        writeConsole(`(not written to ${options.logFile}: ${error instanceof Error ? error.message : String(error)})`)
      }
    },
    recorded: () => [...records]
  }
}
