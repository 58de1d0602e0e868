import type { TipKind } from '../../src-preload/contract'
import { DEFAULT_TIP_KIND } from '../../src-preload/contract/settings-defaults'
import type { SaleRecord } from './sale-record'

type SaleTip = Pick<SaleRecord, 'tipCents' | 'tipKind'>

/**
 * Whom a sale's tip belongs to: the kind journaled with the sale (Settings' `tipKind` when it was made), never the
 * setting of today. A sale journaled before tips had a kind counts as `DEFAULT_TIP_KIND` (the shop's revenue), the
 * same for every reader, whatever the owner chooses later.
 */
export const saleTipKind = (sale: SaleTip): TipKind => sale.tipKind ?? DEFAULT_TIP_KIND

/** The part of a sale's tip that is passed on to the staff (paid out at the end of the day): 0 for a shop tip. */
export const staffTipCents = (sale: SaleTip): number => (saleTipKind(sale) === 'staff' ? sale.tipCents : 0)

/** The part of a sale's tip that is the shop's revenue: 0 for a staff tip. */
export const shopTipCents = (sale: SaleTip): number => (saleTipKind(sale) === 'shop' ? sale.tipCents : 0)

/** Whether the sale's tip is the shop's revenue (with VAT like the sale) or passed on to the staff (neither). */
export const tipIsRevenue = (sale: SaleTip): boolean => saleTipKind(sale) === 'shop'
