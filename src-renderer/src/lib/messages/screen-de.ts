import type { screenEn } from './screen-en'

/** German sentences of the screen screens; spread into `de` (de.ts). */
export const screenDe: Record<keyof typeof screenEn, string> = {}
