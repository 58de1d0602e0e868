import type { DemoSecPaid } from './types'

interface DemoSecPaidSwitch {
  /** Starts the Demo SecPaid when Demo is wanted, stops it when not; resolves once it is so. */
  sync(wanted: boolean): Promise<void>
  /** Where Demo mode sends its requests; the last address while none runs, so a request then is refused. */
  baseUrl(): string
  /** The running Demo SecPaid, or null outside Demo. */
  current(): DemoSecPaid | null
  close(): Promise<void>
}

/**
 * The built-in SecPaid runs only while the counter is in Demo mode: in Production no local port answers, and nothing
 * on this machine can mark a real sale paid. Switches are serialised, so a quick Demo → Production → Demo ends with
 * exactly one running.
 */
export function createDemoSecPaidSwitch(start: () => Promise<DemoSecPaid>): DemoSecPaidSwitch {
  let running: DemoSecPaid | null = null
  let lastBaseUrl = 'http://127.0.0.1:9/api/v2/'
  let switching: Promise<void> = Promise.resolve()

  const apply = async (wanted: boolean) => {
    if (wanted && running === null) {
      running = await start()
      lastBaseUrl = running.baseUrl
    } else if (!wanted && running !== null) {
      const stopping = running
      running = null
      await stopping.close()
    }
  }

  /** Queued after the previous switch; a failed start is the caller's to hear, not the next switch's. */
  const queue = (wanted: boolean) => {
    const next = switching.then(() => apply(wanted))
    switching = next.catch(() => undefined)
    return next
  }

  return {
    sync: queue,
    baseUrl: () => running?.baseUrl ?? lastBaseUrl,
    current: () => running,
    close: () => queue(false)
  }
}
