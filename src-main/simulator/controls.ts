import type { SimulatorState } from './state'
import type { Simulator } from './types'

export type SimulatorControls = Omit<Simulator, 'baseUrl' | 'port' | 'close'>

const nonNegative = (ms: number) => (Number.isFinite(ms) && ms > 0 ? ms : 0)

export function createControls(state: SimulatorState): SimulatorControls {
  const resetCounts = () => {
    state.requestCount = 0
    state.log = []
  }
  return {
    markPaid: (linkId, when) => state.store.markPaid(linkId, when ?? state.now()),
    setLatency: (ms) => {
      state.latencyMs = nonNegative(ms)
    },
    setResponseDelayAfterProcessing: (ms) => {
      state.responseDelayMs = nonNegative(ms)
    },
    injectFaults: (fault, count = 1, endpoint) => state.faults.add(fault, count, endpoint),
    setRateLimit: (enabled, perMinute) => {
      state.rateLimit = { enabled, perMinute: perMinute ?? state.rateLimit.perMinute }
      state.limiter.clear()
    },
    requestCount: () => state.requestCount,
    requestLog: () => state.log.map((entry) => ({ ...entry })),
    resetCounts,
    links: () => state.store.snapshot(),
    reset: () => {
      state.store.clear()
      state.faults.clear()
      state.limiter.clear()
      state.rateLimit = { ...state.initialRateLimit }
      state.latencyMs = 0
      state.responseDelayMs = 0
      resetCounts()
    }
  }
}
