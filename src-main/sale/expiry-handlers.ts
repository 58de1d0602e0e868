import type { ChannelHandlers } from '../channel-handler'
import type { SaleJournal } from '../journal/sale-journal'
import { fail, type Result, succeed } from '../result'
import type { SettingsLock } from '../settings/settings-lock'
import type { LinkExpiry } from './link-expiry'
import { linkElsewhere } from './sale-here'
import { cancelEach, staleLinks } from './stale-links'

/** The channels `createExpiryHandlers` answers. */
export type ExpiryHandlers = Pick<
  ChannelHandlers,
  'linkExpiry' | 'extendLinkExpiry' | 'staleLinks' | 'cancelStaleLinks'
>

interface ExpiryHandlerDeps {
  expiry: LinkExpiry
  journal: SaleJournal
  settingsLock: SettingsLock
  pinSet: () => boolean
  now: () => number
  /** The safe cancel of Cancel sale, with what follows it (the QR and the customer display closed, the list renewed). */
  cancel: (linkId: number) => Promise<Result<{ linkId: number }>>
}

/** Links that do not wait forever: the QR screen's time, and the day close's links still waiting after a day. */
export function createExpiryHandlers(deps: ExpiryHandlerDeps): ExpiryHandlers {
  const { expiry, journal } = deps
  /** Cancelling money owed needs the owner's PIN each time one is set, as a refund does. */
  const pinRefusal = (pin: string | undefined) => {
    if (!deps.pinSet()) return null
    if (pin === undefined) return fail({ code: 'owner_pin_required' })
    const answer = deps.settingsLock.check(pin)
    if (answer.unlocked) return null
    return fail({
      code: 'owner_pin_wrong',
      retryInSeconds: answer.reason === 'too_many_attempts' ? answer.retryInSeconds : null
    })
  }
  return {
    linkExpiry: async ({ linkId }) => linkElsewhere(journal, linkId) ?? succeed(expiry.view(linkId)),
    extendLinkExpiry: async ({ linkId }) => linkElsewhere(journal, linkId) ?? expiry.extend(linkId),
    staleLinks: async () => succeed({ links: staleLinks(journal.awaitingPayment(), deps.now()) }),
    cancelStaleLinks: async ({ pin }) =>
      pinRefusal(pin) ?? succeed(await cancelEach(staleLinks(journal.awaitingPayment(), deps.now()), deps.cancel))
  }
}
