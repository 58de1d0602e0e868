/** English sentences of the screen screens; spread into `en` (en.ts). */
export const screenEn = {}
