// How many samples each measure takes: the full run, or `--quick` for a smoke run.

export interface Counts {
  charges: number
  naiveCharges: number
  keypresses: number
  searchKeystrokes: number
  searchResults: number
  listRenders: number
  paidSamples: number
  pollWindowMs: number
  heapCycles: number
  catalogueTaps: number
  catalogueKeystrokes: number
}

export const FULL: Counts = {
  charges: 200,
  naiveCharges: 100,
  keypresses: 200,
  searchKeystrokes: 200,
  searchResults: 30,
  listRenders: 12,
  paidSamples: 20,
  pollWindowMs: 30_000,
  heapCycles: 1000,
  catalogueTaps: 200,
  catalogueKeystrokes: 200
}

/** `--quick`: a smoke run of every phase in well under a minute; its figures are not meant to be quoted. */
export const QUICK: Counts = {
  charges: 10,
  naiveCharges: 10,
  keypresses: 20,
  searchKeystrokes: 20,
  searchResults: 6,
  listRenders: 3,
  paidSamples: 3,
  pollWindowMs: 5_000,
  heapCycles: 30,
  catalogueTaps: 20,
  catalogueKeystrokes: 20
}
