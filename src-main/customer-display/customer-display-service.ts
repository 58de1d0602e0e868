import type { CustomerDisplayInfo, CustomerDisplayProblem, Language } from '../../src-preload/contract'
import { startCustomerDisplayServer, type CustomerDisplayServer } from './customer-display-server'
import { createCustomerViewState } from './customer-view'
import { lanDisplayUrls } from './lan-urls'

export interface CustomerDisplaySettings {
  customerWindow: boolean
  lanDisplay: boolean
  lanDisplayPort: number
  pairingCode: string
  language: Language
  paidScreenSeconds: number
}

export interface CustomerDisplayService {
  /** A QR went on the cashier's screen: the customer sees it too. */
  showLink(linkId: number): void
  /** Paid detection confirmed the link: Paid for a few seconds, then the idle screen. */
  linkPaid(linkId: number): void
  /** The QR left the cashier's screen (back, cancelled, gone); a Paid screen runs out on its own. */
  linkClosed(): void
  /** Starts, stops or moves the display server to match the settings. */
  apply(settings: CustomerDisplaySettings): Promise<void>
  info(): CustomerDisplayInfo
  /** The local page, already paired, for the customer window; null while no display is on. */
  windowUrl(): string | null
  close(): Promise<void>
}

interface ServerPlan {
  host: '127.0.0.1' | '0.0.0.0'
  port: number
  pairingCode: string
}

const samePlan = (a: ServerPlan | null, b: ServerPlan | null) =>
  a === b || (a !== null && b !== null && a.host === b.host && a.port === b.port && a.pairingCode === b.pairingCode)

function problemOf(error: unknown, port: number): CustomerDisplayProblem {
  const systemCode = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined
  return { code: systemCode === 'EADDRINUSE' ? 'port_in_use' : 'start_failed', port }
}

/**
 * What the customer-facing screens show, following the cashier's screen. The server listens on 127.0.0.1 for the
 * counter's own second window, and on every interface only when the owner turned the LAN display on.
 */
export function createCustomerDisplayService(options: {
  settings: CustomerDisplaySettings
  /** Amount and pay link of a link on screen, from the journal or the pending list. */
  describeLink: (linkId: number) => { amountCents: number; payLink: string } | undefined
}): CustomerDisplayService {
  const view = createCustomerViewState(options.settings.language)
  let settings = options.settings
  let shownLinkId: number | null = null
  let backToIdle: ReturnType<typeof setTimeout> | null = null
  let server: CustomerDisplayServer | null = null
  let plan: ServerPlan | null = null
  let applying: Promise<void> = Promise.resolve()
  let problem: CustomerDisplayProblem | null = null

  const showIdle = () => {
    shownLinkId = null
    view.show({ screen: 'idle' })
  }
  const cancelTimer = () => {
    if (backToIdle !== null) clearTimeout(backToIdle)
    backToIdle = null
  }

  const planFor = (next: CustomerDisplaySettings): ServerPlan | null => {
    if (!next.customerWindow && !next.lanDisplay) return null
    return next.lanDisplay
      ? { host: '0.0.0.0', port: next.lanDisplayPort, pairingCode: next.pairingCode }
      : { host: '127.0.0.1', port: 0, pairingCode: next.pairingCode }
  }

  const reconcileServer = async (next: ServerPlan | null) => {
    if (samePlan(plan, next)) return
    await server?.close()
    server = null
    plan = next
    problem = null
    if (next === null) return
    try {
      server = await startCustomerDisplayServer({ ...next, view })
    } catch (error) {
      // Typically the port is taken: the counter keeps working, the owner reads why the display is off.
      plan = null
      problem = problemOf(error, next.port)
    }
  }

  return {
    showLink(linkId) {
      const link = options.describeLink(linkId)
      cancelTimer()
      if (link === undefined || link.payLink === '') return showIdle()
      shownLinkId = linkId
      view.show({ screen: 'qr', amountCents: link.amountCents, payLink: link.payLink })
    },
    linkPaid(linkId) {
      const link = options.describeLink(linkId)
      if (linkId !== shownLinkId || link === undefined) return
      view.show({ screen: 'paid', amountCents: link.amountCents })
      cancelTimer()
      backToIdle = setTimeout(showIdle, settings.paidScreenSeconds * 1000)
    },
    linkClosed() {
      if (view.get().screen === 'qr') {
        cancelTimer()
        showIdle()
      }
    },
    apply(next) {
      settings = next
      view.setLanguage(next.language)
      applying = applying.then(() => reconcileServer(planFor(next)))
      return applying
    },
    info: () => ({
      lanUrls: server !== null && plan?.host === '0.0.0.0' ? lanDisplayUrls(server.port) : [],
      pairingCode: settings.pairingCode,
      problem
    }),
    windowUrl: () => (server === null ? null : `${server.localUrl}#code=${settings.pairingCode}`),
    async close() {
      cancelTimer()
      applying = applying.then(() => reconcileServer(null))
      await applying
    }
  }
}
