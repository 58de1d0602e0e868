/** English sentences of the books screens; spread into `en` (en.ts). */
export const booksEn = {}
