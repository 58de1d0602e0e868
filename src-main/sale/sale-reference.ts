/** yyyyMMdd of the local calendar day: sale numbers restart each day. */
export function saleDay(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0')
  const day = String(now.getDate()).padStart(2, '0')
  return `${now.getFullYear()}${month}${day}`
}

/**
 * Fills the owner's note template. `{seq}` is what makes a reference unique, so it is appended when the
 * template lacks it; it is zero-padded so a day's references line up when read or sorted.
 */
export function renderSaleReference(template: string, values: { device: string; day: string; seq: number }): string {
  const withSeq = template.includes('{seq}') ? template : `${template}-{seq}`
  return withSeq
    .replaceAll('{device}', values.device)
    .replaceAll('{yyyyMMdd}', values.day)
    .replaceAll('{seq}', String(values.seq).padStart(4, '0'))
}

/** What goes into recipient_note: the reference first (SecPaid's search matches it), then the cashier's note. */
export function recipientNoteFor(reference: string, cashierNote: string | undefined): string {
  const note = cashierNote?.trim() ?? ''
  return note === '' ? reference : `${reference} ${note}`
}
