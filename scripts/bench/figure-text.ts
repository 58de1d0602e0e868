import type { Figure } from './report'
import type { Summary } from './stats'

/** One display frame at 60 Hz. */
export const FRAME_MS = 1000 / 60
const frames = (milliseconds: number) => (milliseconds / FRAME_MS).toFixed(2)
export const inFrames = (summary: Summary) =>
  `p50 ${summary.p50} ms (${frames(summary.p50)} frames) · p95 ${summary.p95} ms (${frames(summary.p95)} frames)`
export const pass = (ok: boolean): Figure['verdict'] => (ok ? 'PASS' : 'MISS')
export const ms = (summary: Summary) => `p50 ${summary.p50} · p95 ${summary.p95} · max ${summary.max} ms`
