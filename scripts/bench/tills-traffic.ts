// What the tills bench observes across its tills: the QRs on screen, and the requests SecPaid received.
import type { Clock } from '../../src-main/clock'
import type { TestSecPaid } from '../../tests/support/test-secpaid'

const MINUTE = 60_000

/** The QRs on screen across the tills, and the spells when all of them were up. */
export function qrBoard(clock: Clock, tills: number) {
  let shown = 0
  const allUp: { from: number; to: number }[] = []
  return {
    onQr: (up: boolean) => {
      shown += up ? 1 : -1
      if (up && shown === tills) allUp.push({ from: clock.now(), to: Number.POSITIVE_INFINITY })
      const last = allUp.at(-1)
      if (!up && shown === tills - 1 && last !== undefined) last.to = clock.now()
    },
    wasAllUpAt: (time: number) => allUp.some((spell) => spell.from <= time && time < spell.to),
    allUpMs: (until: number) => allUp.reduce((sum, spell) => sum + Math.min(spell.to, until) - spell.from, 0)
  }
}

/** Requests SecPaid received, each with its simulated time and answer. */
export function secpaidTraffic(secpaid: TestSecPaid, startedAt: number, endedAt: number) {
  const requests = secpaid
    .requestLog()
    .map((request) => ({ at: Date.parse(request.time) - startedAt, status: request.status }))
    .filter((request) => request.at >= 0 && request.at <= endedAt - startedAt)
  const busiestMinute = Math.max(
    0,
    ...requests.map(({ at }) => requests.filter((other) => other.at > at - MINUTE && other.at <= at).length)
  )
  const perMinute = Array.from(
    { length: Math.ceil((endedAt - startedAt) / MINUTE) },
    (_, minute) => requests.filter((request) => Math.floor(request.at / MINUTE) === minute).length
  )
  return {
    total: requests.length,
    tooManyRequests: requests.filter((request) => request.status === 429).length,
    perMinute,
    meanPerMinute: Math.round((requests.length / ((endedAt - startedAt) / MINUTE)) * 10) / 10,
    busiestMinute
  }
}
