/** A pending link's recipient_note, split into the sale's reference and the cashier's own note. */
export interface NoteParts {
  /** What the cashier typed (or the whole note when it was not written by this app's template); may be empty. */
  cashierNote: string
  /** The sale's reference; empty when the note does not start with one. */
  reference: string
}

/** What each placeholder of the reference template stands for (main: settings-schema, sale-reference). */
const PLACEHOLDER_PATTERNS: Record<string, string> = {
  '{device}': '[A-Za-z0-9_-]{1,20}',
  '{yyyyMMdd}': '\\d{8}',
  '{seq}': '\\d{4,}'
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function referencePattern(template: string): RegExp {
  // Main appends the sequence number when the template lacks it.
  const withSeq = template.includes('{seq}') ? template : `${template}-{seq}`
  const source = withSeq
    .split(/(\{device\}|\{yyyyMMdd\}|\{seq\})/)
    .map((part) => PLACEHOLDER_PATTERNS[part] ?? escapeRegExp(part))
    .join('')
  return new RegExp(`^(${source})(?:\\s+([\\s\\S]*))?$`)
}

/**
 * Main writes recipient_note as "<reference> <cashier's note>", the reference from the owner's template.
 * A note the current template does not explain (an older template, a link made elsewhere) is all the cashier's.
 */
export function splitRecipientNote(note: string, template: string): NoteParts {
  const trimmed = note.trim()
  const match = template.trim() === '' ? null : referencePattern(template.trim()).exec(trimmed)
  if (match === null) return { cashierNote: trimmed, reference: '' }
  return { reference: match[1] ?? '', cashierNote: (match[2] ?? '').trim() }
}
