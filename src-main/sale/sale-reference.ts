import { localDay } from '../../src-preload/contract/locale'

/** yyyyMMdd of the local calendar day: sale numbers restart each day. */
export const saleDay = (now: Date): string => localDay(now).replaceAll('-', '')

/** The template with `{till}` and `{seq}` added where it lacks them (see `renderSaleReference`). */
export function completeReferenceTemplate(template: string): string {
  const withSeq = template.includes('{seq}') ? template : `${template}-{seq}`
  return withSeq.includes('{till}') ? withSeq : withSeq.replace('{seq}', '{till}-{seq}')
}

/**
 * Fills the owner's note template. `{till}` and `{seq}` together are what make a reference unique across the tills
 * sharing a key, so each is added when the template lacks it: `{seq}` at the end, `{till}` just before it. The
 * sequence is zero-padded so a day's references line up when read or sorted.
 */
export function renderSaleReference(
  template: string,
  values: { till: string; device: string; day: string; seq: number }
): string {
  return completeReferenceTemplate(template)
    .replaceAll('{till}', values.till)
    .replaceAll('{device}', values.device)
    .replaceAll('{yyyyMMdd}', values.day)
    .replaceAll('{seq}', String(values.seq).padStart(4, '0'))
}
