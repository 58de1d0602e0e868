import type { JournalRowInput } from './books-store'
import type { SaleEvent } from './sale-record'

/**
 * The journal table's columns for one line: what the line says, copied out so the rows can be searched without
 * reading every line. A sale's environment is on its `creating` line; its later lines take it from the sale.
 */
export function journalRowOf(
  line: string,
  event: SaleEvent | null,
  environmentOf: (reference: string) => string | null
): JournalRowInput {
  if (event !== null) {
    const environment = event.type === 'creating' ? (event.environment ?? null) : environmentOf(event.reference)
    return { at: event.at, type: event.type, reference: event.reference, environment, line }
  }
  // A newer version's line: read as far as every line goes (its type, sale and time), kept verbatim.
  const { type, reference, at } = JSON.parse(line) as { type: string; reference: string; at: string }
  return { at, type, reference, environment: environmentOf(reference), line }
}
