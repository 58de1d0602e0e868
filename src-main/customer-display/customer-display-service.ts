import type { CustomerDisplayInfo, CustomerDisplayProblem, Language } from '../../src-preload/contract'
import type { ChangingReason, CustomerCart } from '../../src-preload/contract/customer-view'
import { type CustomerDisplayServer, startCustomerDisplayServer } from './customer-display-server'
import { createCustomerViewState } from './customer-view'
import type { DisplayLogo } from './display-logo'
import { DisplayPageMissing, loadDisplayPage } from './display-page-files'
import { createDisplaySessions, randomToken } from './display-sessions'
import { lanDisplayUrls } from './lan-urls'
import { createPairingGuard } from './pairing-guard'
import { createPairingMemory, type PairingStore } from './pairing-store'

export interface CustomerDisplaySettings {
  customerWindow: boolean
  lanDisplay: boolean
  lanDisplayPort: number
  pairingCode: string
  language: Language
  paidScreenSeconds: number
  /** The counter runs on its simulator: the customer is told nothing is really charged. */
  demo: boolean
  /** The shop's short message on the idle screen; '' for none. */
  idleMessage: string
  /** The `WIFI:` payload of the guest network shown beside the pay QR; null while the owner has it off. */
  wifiPayload: string | null
}

/**
 * Cart updates reach the view at most this often (the last one always arrives): a cashier typing fast changes the
 * view a few times a second, not with every key, and the displays polling it repaint as often at most.
 */
export const CART_UPDATE_EVERY_MS = 250
/** How long "Please wait – the amount is being changed" stands when no new cart comes. */
export const CHANGING_SCREEN_MS = 20_000

export interface CustomerDisplayService {
  /** A QR went on the cashier's screen: the customer sees it too. */
  showLink(linkId: number): void
  /** Paid detection confirmed the link: Paid for a few seconds, then the idle screen. */
  linkPaid(linkId: number): void
  /**
   * The QR left the cashier's screen. Back to the keypad (no reason): the cart or idle. Cancelled, taken back to be
   * changed or gone at SecPaid: the customer is asked to wait, and never sees that QR again. A Paid screen runs out on
   * its own.
   */
  linkClosed(reason?: ChangingReason): void
  /**
   * The cart as main priced it from what the cashier chose, or null for an empty keypad. Shown while no QR or Paid
   * is up (kept for after them otherwise), at most every `CART_UPDATE_EVERY_MS`.
   */
  showCart(cart: CustomerCart | null): void
  /** The shop's logo for the idle screen (checked by `checkLogo`), or null for none. */
  setLogo(next: DisplayLogo | null): void
  /** Starts, stops or moves the display server to match the settings. */
  apply(settings: CustomerDisplaySettings): Promise<void>
  info(): CustomerDisplayInfo
  /**
   * The local page for the counter's own customer window, with this run's window secret in its fragment; null
   * while the customer window is off.
   */
  windowUrl(): string | null
  close(): Promise<void>
}

interface ServerPlan {
  host: '127.0.0.1' | '0.0.0.0'
  port: number
}

const samePlan = (a: ServerPlan | null, b: ServerPlan | null) =>
  a === b || (a !== null && b !== null && a.host === b.host && a.port === b.port)

function problemOf(error: unknown, port: number): CustomerDisplayProblem {
  if (error instanceof DisplayPageMissing) return { code: 'page_missing' }
  const systemCode = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined
  return { code: systemCode === 'EADDRINUSE' ? 'port_in_use' : 'start_failed', port }
}

/** One display server that is started, moved or stopped to follow a plan; a failed start is tried again next time. */
function createServerSlot(start: (plan: ServerPlan) => Promise<CustomerDisplayServer>) {
  let plan: ServerPlan | null = null
  let server: CustomerDisplayServer | null = null
  let problem: CustomerDisplayProblem | null = null
  return {
    server: () => server,
    problem: () => problem,
    async follow(next: ServerPlan | null) {
      // A display switched off has no problem, even one whose last start failed.
      if (next === null) problem = null
      if (samePlan(plan, next)) return
      await server?.close()
      server = null
      plan = next
      problem = null
      if (next === null) return
      try {
        server = await start(next)
      } catch (error) {
        // Typically the port is taken: the counter keeps working, the owner reads why the display is off.
        plan = null
        problem = problemOf(error, next.port)
      }
    }
  }
}

/**
 * What the customer-facing screens show, following the cashier's screen. The counter's own window has a server of
 * its own on 127.0.0.1, entered with a secret made for this run; phones and tablets pair with the code on a second
 * server on every interface, only while the owner has the LAN display on. So nothing on the LAN can crowd out or
 * lock out the own window, and turning the LAN display on or off never moves it.
 */
export function createCustomerDisplayService(options: {
  settings: CustomerDisplaySettings
  /** Amount and pay link of a link on screen, from the journal or the pending list. */
  describeLink: (linkId: number) => { amountCents: number; payLink: string; tipCents?: number } | undefined
  /** Folder of the built display page (out/customer-display); without it no display server can start. */
  pageFolder: string | undefined
  /** Milliseconds clock of the cart's throttle; tests move it. */
  now?: () => number
  /** Where the paired displays and the wrong-code counts outlive a restart; default: in memory. */
  pairingStore?: PairingStore
  /** Stores a new pairing code in the settings and answers it; null when it could not be stored. */
  renewPairingCode?: () => string | null
  /** The code changed by itself for wrong codes, or pairing stopped: the owner is told. */
  onPairingChanged?: (change: { paused: boolean }) => void
}): CustomerDisplayService {
  const view = createCustomerViewState(options.settings.language, options.settings.demo)
  let logo: DisplayLogo | null = null
  const shopOf = (from: CustomerDisplaySettings) => ({
    idleMessage: from.idleMessage,
    wifiPayload: from.wifiPayload,
    logo: logo?.version ?? null
  })
  view.setShop(shopOf(options.settings))
  const now = options.now ?? Date.now
  const windowSecret = randomToken()
  const store = options.pairingStore ?? createPairingMemory()
  const stored = store.load()
  const guard = createPairingGuard(stored.guard)
  const save = () => store.save({ sessions: sessions.digests(), guard: guard.state() })
  // Shared by both servers and kept on disk: a display stays paired across a restart and a change of port.
  const sessions = createDisplaySessions({ initial: stored.sessions, onChange: () => save() })
  let settings = options.settings
  let shownLinkId: number | null = null
  let backToIdle: ReturnType<typeof setTimeout> | null = null
  /** The renderer's latest cart, as main priced it; shown whenever no link is. */
  let latestCart: CustomerCart | null = null
  let cartChangedAt = Number.NEGATIVE_INFINITY
  let cartTimer: ReturnType<typeof setTimeout> | null = null
  let applying: Promise<void> = Promise.resolve()

  // Read again at every start, so a rebuilt page is served without restarting the app.
  const startServer = async (plan: ServerPlan) =>
    startCustomerDisplayServer({
      ...plan,
      pairingCode: settings.pairingCode,
      windowSecret: plan.host === '127.0.0.1' ? windowSecret : null,
      page: await loadDisplayPage(options.pageFolder),
      view,
      sessions,
      onWrongCode: wrongCode,
      pairingOpen: () => !guard.paused(),
      logo: () => logo
    })
  /** Every wrong code counts; past the guard's limits the code changes by itself, displays paired stay paired. */
  function wrongCode() {
    const outcome = guard.wrongCode()
    save()
    if (outcome === 'counted') return
    const next = options.renewPairingCode?.() ?? null
    if (next !== null) {
      settings = { ...settings, pairingCode: next }
      for (const server of [windowServer.server(), lanServer.server()]) server?.setPairingCode(next, { unpair: false })
    }
    options.onPairingChanged?.({ paused: guard.paused() })
  }
  const windowServer = createServerSlot(startServer)
  const lanServer = createServerSlot(startServer)

  const cancelCartTimer = () => {
    if (cartTimer !== null) clearTimeout(cartTimer)
    cartTimer = null
  }
  /** The cart as it is now (idle for none): what follows a QR, a Paid or a "please wait". */
  const showIdle = () => {
    shownLinkId = null
    cancelCartTimer()
    cartChangedAt = now()
    view.show(latestCart === null ? { screen: 'idle' } : { screen: 'cart', cart: latestCart })
  }
  const cancelTimer = () => {
    if (backToIdle !== null) clearTimeout(backToIdle)
    backToIdle = null
  }
  /** A cart may replace idle, a cart, or (once there is something in it) the "please wait" screen. */
  const cartMayShow = () => {
    const screen = view.get().screen
    return shownLinkId === null && (screen !== 'changing' || latestCart !== null) && screen !== 'paid'
  }
  const cartNow = () => {
    cartTimer = null
    if (!cartMayShow()) return
    cancelTimer()
    showIdle()
  }

  const follow = async (next: CustomerDisplaySettings | null) => {
    await windowServer.follow(next?.customerWindow ? { host: '127.0.0.1', port: 0 } : null)
    await lanServer.follow(next?.lanDisplay ? { host: '0.0.0.0', port: next.lanDisplayPort } : null)
    // A new code unpairs every LAN display; the servers keep running, so the own window carries on undisturbed.
    for (const server of [windowServer.server(), lanServer.server()]) server?.setPairingCode(settings.pairingCode)
  }

  return {
    showLink(linkId) {
      const link = options.describeLink(linkId)
      cancelTimer()
      cancelCartTimer()
      if (link === undefined || link.payLink === '') return showIdle()
      shownLinkId = linkId
      const tip = link.tipCents !== undefined && link.tipCents > 0 ? { tipCents: link.tipCents } : {}
      view.show({ screen: 'qr', amountCents: link.amountCents, payLink: link.payLink, ...tip })
    },
    linkPaid(linkId) {
      const link = options.describeLink(linkId)
      if (linkId !== shownLinkId || link === undefined) return
      view.show({ screen: 'paid', amountCents: link.amountCents })
      cancelTimer()
      cancelCartTimer()
      backToIdle = setTimeout(showIdle, settings.paidScreenSeconds * 1000)
    },
    linkClosed(reason) {
      if (view.get().screen !== 'qr') return
      cancelTimer()
      if (reason === undefined) return showIdle()
      shownLinkId = null
      cancelCartTimer()
      view.show({ screen: 'changing', reason })
      backToIdle = setTimeout(showIdle, CHANGING_SCREEN_MS)
    },
    showCart(cart) {
      latestCart = cart
      if (!cartMayShow() || cartTimer !== null) return
      const wait = cartChangedAt + CART_UPDATE_EVERY_MS - now()
      if (wait <= 0) cartNow()
      else cartTimer = setTimeout(cartNow, wait)
    },
    setLogo(next) {
      logo = next
      view.setShop(shopOf(settings))
    },
    apply(next) {
      // A code the owner made (New code): every display pairs again, and the guard starts from nothing.
      if (next.pairingCode !== settings.pairingCode) {
        guard.ownerChoseCode()
        sessions.closeAll()
        save()
      }
      settings = next
      view.setLanguage(next.language)
      view.setDemo(next.demo)
      view.setShop(shopOf(next))
      applying = applying.then(() => follow(next))
      return applying
    },
    info: () => {
      const lan = lanServer.server()
      return {
        lanUrls: lan === null ? [] : lanDisplayUrls(lan.port),
        pairingCode: settings.pairingCode,
        codeChangesForWrongCodes: guard.state().codeChanges,
        pairingPaused: guard.paused(),
        logo: logo === null ? null : { width: logo.width, height: logo.height, bytes: logo.body.length },
        problem: lanServer.problem() ?? windowServer.problem()
      }
    },
    windowUrl: () => {
      const server = windowServer.server()
      return server === null ? null : `${server.localUrl}#window=${windowSecret}`
    },
    async close() {
      cancelTimer()
      cancelCartTimer()
      applying = applying.then(() => follow(null))
      await applying
    }
  }
}
