/** English sentences of the selling screens; spread into `en` (en.ts). */
export const sellingEn = {}
