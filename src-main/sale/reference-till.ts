import { TILL_ID_SOURCE } from '../settings/till-id'
import { completeReferenceTemplate } from './sale-reference'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Reads the till id back out of a recipient note written with `template` (the reference first, then maybe the
 * cashier's note after a space): how a till tells which other tills on its key made the links it lists. Null when
 * the note is not such a reference.
 */
export function tillReader(template: string): (note: string | null) => string | null {
  const pattern = escapeRegExp(completeReferenceTemplate(template))
    .replace('\\{till\\}', `(${TILL_ID_SOURCE})`)
    .replaceAll('\\{till\\}', '[^ ]*')
    .replaceAll('\\{device\\}', '.*?')
    .replaceAll('\\{yyyyMMdd\\}', '\\d{8}')
    .replaceAll('\\{seq\\}', '\\d{4,}')
  const reference = new RegExp(`^${pattern}(?: |$)`)
  return (note) => (note === null ? null : (reference.exec(note)?.[1] ?? null))
}

let lastReader: { template: string; read: (note: string | null) => string | null } | null = null

/** `tillReader(template)(note)`, the reader kept while the template stays the same. */
export function tillInNote(template: string, note: string | null): string | null {
  if (lastReader?.template !== template) lastReader = { template, read: tillReader(template) }
  return lastReader.read(note)
}
