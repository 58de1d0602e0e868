/** What identifies a sale at SecPaid: its unique reference at the start of recipient_note, and its amount. */
export interface SaleIdentity {
  reference: string
  amountCents: number
}

/**
 * A link belongs to a sale only when its recipient_note is the sale's reference, or the reference followed by the
 * cashier's note, and its amount is the sale's: SecPaid's search matches parts of notes, and another till's link
 * with a look-alike note must never be adopted, deleted or taken for this sale's payment.
 */
export const linkBelongsToSale = (
  link: { recipientNote: string | null; amountCents: number },
  sale: SaleIdentity
): boolean =>
  link.amountCents === sale.amountCents &&
  (link.recipientNote === sale.reference || (link.recipientNote ?? '').startsWith(`${sale.reference} `))
