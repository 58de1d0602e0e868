import type { booksEn } from './books-en'

/** German sentences of the books screens; spread into `de` (de.ts). */
export const booksDe: Record<keyof typeof booksEn, string> = {}
