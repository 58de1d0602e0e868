// What the page probes (page-probes.js) answer; every time is the page's own performance.now().
export interface ChargeTimes {
  pressedAt: number
  answerAt: number
  inDomAt: number
  decodedAt: number
  paintedAt: number
}
interface NaiveTimes {
  pressedAt: number
  answeredAt: number
  decodedAt: number
  paintedAt: number
}
export interface AmountTimes {
  keydownAt: number
  changedAt: number
  paintedAt: number
}
export interface SearchTimes {
  keydownAt: number
  valuePaintedAt: number
  changedAt?: number
  answerAt?: number
  paintedAt?: number
}
export interface CatalogueTimes {
  startAt: number
  changedAt: number
  paintedAt: number
}
interface RenderTimes {
  answerAt: number
  inDomAt: number
  paintedAt: number
}
interface PaidTimes {
  qrPaintedAt: number
  markedAt: number
  shownAt: number
  paintedAt: number
}
interface Probes {
  afterNextPaint(): Promise<number>
  blur(): void
  charge(keys: string[]): Promise<ChargeTimes>
  backToKeypad(): Promise<void>
  naiveCharge(amountCents: number, imageOrigin: string): Promise<NaiveTimes>
  armAmount(): void
  armSearch(results: boolean): void
  armCatalogue(kind: 'tap' | 'search'): void
  awaitArmed(): Promise<unknown>
  searchAndRender(search: string, count: string): Promise<RenderTimes>
  paidDetection(keys: string[], waitMs: number): Promise<PaidTimes>
  cycles(keys: string[], count: number): Promise<void>
  bridgeRoundTrips(count: number): Promise<number[]>
  nodeClockOffset(count: number): Promise<{ offsetMs: number; errorMs: number }>
}
export type ProbeGlobal = { __bench: Probes }
