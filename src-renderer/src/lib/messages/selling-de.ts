import type { sellingEn } from './selling-en'

/** German sentences of the selling screens; spread into `de` (de.ts). */
export const sellingDe: Record<keyof typeof sellingEn, string> = {}
