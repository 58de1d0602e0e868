/**
 * VAT as the owner sets it and as main records it per sale. Rates are whole percent; amounts integer cents. How main
 * rounds is one rule, documented in the README ("VAT"): per rate on the sale's total, not per line.
 */

/** The shop's VAT settings. */
export interface TaxSettings {
  /** The rates the owner offers, whole percent (Germany: 19, 7, 0). A product or a line takes one of these. */
  rates: number[]
  /** The rate a typed amount takes unless the cashier picks another for its line; one of `rates`. */
  defaultRate: number
  /** Kleinunternehmer (§ 19 UStG): no VAT is shown or split, the receipt carries the exemption note instead. */
  smallBusiness: boolean
  /** The shop's tax number (Steuernummer), printed on full invoices; the VAT id is in the shop's details. */
  taxNumber: string
}

/** One rate's share of a sale: `grossCents` = `netCents` + `vatCents`. */
export interface VatRateTotal {
  ratePercent: number
  grossCents: number
  netCents: number
  vatCents: number
}

/**
 * A sale's VAT as main computed and journaled it at Charge. `exempt`: sold as Kleinunternehmer, `grossCents` without
 * VAT; otherwise one entry per rate the sale used, highest rate first. What is outside the split (a tip that is not
 * the shop's revenue) is in neither.
 */
export type SaleVat = { exempt: true; grossCents: number } | { exempt: false; rates: VatRateTotal[] }
