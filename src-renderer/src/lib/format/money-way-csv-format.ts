import type { Language, MoneyWay } from '../../../../src-preload/contract'
import type { MessageKey } from '../words/i18n'
import { amountText, csvField, dateText, SPREADSHEET } from './sales-csv-format'

const COLUMNS: readonly MessageKey[] = [
  'csvDate',
  'moneyWayCsvSold',
  'moneyWayCsvPaid',
  'moneyWayCsvFees',
  'moneyWayCsvPaidOut',
  'moneyWayCsvOnItsWay',
  'moneyWayCsvInProgress'
]

/**
 * The money's way per day (sold, paid by customers, fees, paid out, still on its way and of that under way) as the
 * language's spreadsheet reads it, like the sales CSV: separator, decimal comma or point, a byte-order mark.
 */
export function formatMoneyWayCsv(moneyWay: MoneyWay, language: Language, say: (key: MessageKey) => string): string {
  const { separator, decimal } = SPREADSHEET[language]
  const lines = [
    COLUMNS.map((key) => csvField(say(key), separator)).join(separator),
    ...moneyWay.days.map((day) =>
      [
        dateText(day.day, language),
        ...[day.soldCents, day.paidCents, day.feeCents, day.paidOutCents, day.onItsWayCents, day.inProgressCents].map(
          (cents) => amountText(cents, decimal)
        )
      ]
        .map((field) => csvField(field, separator))
        .join(separator)
    )
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export const moneyWayCsvFileName = (from: string, to: string) => `secpaid-payouts-${from}_${to}.csv`
