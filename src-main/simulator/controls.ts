import type { SimulatorState } from './state'
import type { Simulator } from './types'

type SimulatorControls = Omit<Simulator, 'baseUrl' | 'port' | 'close'>

export function createControls(state: SimulatorState): SimulatorControls {
  return {
    markPaid: (linkId, when) => state.store.markPaid(linkId, when ?? state.now()),
    approveRefund: (linkId, when) => state.store.approveRefund(linkId, when ?? state.now()),
    setLinkFlags: (linkId, flags) => state.store.setFlags(linkId, flags),
    runPayouts: (day, when) => state.payouts.run(day, when ?? state.now()),
    approvePayout: (payoutId) => state.payouts.approve(payoutId),
    payouts: () => state.payouts.snapshot(),
    setRateLimit: (enabled, perMinute) => {
      state.rateLimit = { enabled, perMinute: perMinute ?? state.rateLimit.perMinute }
      state.limiter.clear()
    },
    links: () => state.store.snapshot(),
    reset: () => {
      state.store.clear()
      state.payouts.clear()
      state.limiter.clear()
      state.rateLimit = { ...state.initialRateLimit }
    }
  }
}
