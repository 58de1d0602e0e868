import type { DayCloseDifference } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatDateTime } from '../../lib/format/format-date-time'
import { formatCents } from '../../lib/format/format-money'

/** One difference between this journal and SecPaid's record, as a sentence. */
export function DifferenceText({ difference }: { difference: DayCloseDifference }) {
  const t = useTranslate()
  const language = useLanguage()
  const euros = (cents: number) => formatCents(cents, language)
  switch (difference.kind) {
    case 'unknown_here':
      return t('differenceUnknownHere', {
        linkId: difference.linkId,
        amount: euros(difference.amountCents),
        note: difference.recipientNote ?? ''
      })
    case 'missing_at_secpaid':
      return t('differenceMissingAtSecPaid', { reference: difference.reference, amount: euros(difference.amountCents) })
    case 'amount_differs':
      return t('differenceAmount', {
        reference: difference.reference,
        here: euros(difference.hereCents),
        secpaid: euros(difference.secpaidCents)
      })
    case 'paid_day_differs':
      return difference.herePaidAt === null
        ? t('differenceNotPaidHere', {
            reference: difference.reference,
            amount: euros(difference.amountCents),
            secpaid: difference.secpaidPaidAt ?? ''
          })
        : t('differencePaidDay', {
            reference: difference.reference,
            amount: euros(difference.amountCents),
            here: formatDateTime(difference.herePaidAt, language),
            secpaid: difference.secpaidPaidAt ?? ''
          })
    case 'time_ambiguous':
      return t('differenceTimeAmbiguous', {
        linkId: difference.linkId,
        amount: euros(difference.amountCents),
        secpaid: difference.secpaidTime,
        summer: formatDateTime(difference.readings[0], language),
        winter: formatDateTime(difference.readings[1], language)
      })
  }
}
