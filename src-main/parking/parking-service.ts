import { randomBytes } from 'node:crypto'

import type {
  ChargeRequest,
  Environment,
  ParkedSaleView,
  ResumedSale,
  SaleChange,
  SaleItem
} from '../../src-preload/contract'
import { SETTINGS_LIMITS } from '../../src-preload/contract/settings-limits'
import { type SaleOffer } from '../basket/quote-sale'
import { saleToCharge } from '../basket/sale-to-charge'
import type { DurableJsonFile } from '../durable-json-file'
import { fail, type Result, succeed } from '../result'
import type { ParkedFile, ParkedSaleRecord, StoredParkedCharge } from './parked-sale-record'
import { repriceParked } from './reprice-parked'

interface ParkingDeps {
  file: DurableJsonFile<ParkedFile>
  environment: () => Environment
  offer: () => SaleOffer
  now: () => Date
}

export interface ParkRequest {
  name?: string | undefined
  charge: ChargeRequest
  replaces?: string | undefined
}

export interface ParkingService {
  /** This environment's parked sales, oldest first. */
  list(): ParkedSaleView[]
  /** Parks the basket, priced now (so a basket main would refuse to charge is refused here too). */
  park(request: ParkRequest): Result<ParkedSaleView>
  /** Takes a parked sale back onto the keypad, priced anew from the catalogue: held until charged or parked again. */
  resume(id: string): Result<ResumedSale>
  discard(id: string): Result<{ id: string }>
  /** "Change" put a sale back on the keypad: held, so a restart before the next charge offers it parked. */
  holdChanged(change: SaleChange, items: readonly SaleItem[]): void
  /** A charge was journaled: what the keypad held is a sale in the books now. */
  charged(): void
}

const newId = () => randomBytes(16).toString('hex')

const lineCount = (charge: StoredParkedCharge) => ('sale' in charge ? charge.sale.lines.length : 1)

const viewOf = (record: ParkedSaleRecord): ParkedSaleView => ({
  id: record.id,
  number: record.number,
  name: record.name,
  parkedAt: record.parkedAt,
  note: record.charge.note,
  lineCount: lineCount(record.charge),
  totalCents: record.totalCents,
  replaces: record.replaces,
  restored: record.restored
})

/**
 * Parked sales of this till, kept in the data folder (not in the books: they are not sales until charged), each in
 * the environment it was parked in. Every change is written before it is answered; a change that cannot be written
 * is refused and changes nothing. What the keypad held when the app stopped comes back as a parked sale.
 */
export function createParkingService(deps: ParkingDeps): ParkingService {
  let sales = deps.file.load().sales
  // At start nothing is on the keypad: a sale it held (changed or resumed, never charged) is offered parked again.
  if (sales.some((sale) => sale.held)) {
    sales = sales.map((sale) => (sale.held ? { ...sale, held: false, restored: true } : sale))
    deps.file.save({ version: 1, sales })
  }

  const write = (next: ParkedSaleRecord[]): Result<null> => {
    const saved = deps.file.save({ version: 1, sales: next })
    if (!saved.ok) return fail({ code: 'parked_unwritable', errno: saved.errno })
    sales = next
    return succeed(null)
  }
  const here = () => sales.filter((sale) => sale.environment === deps.environment())
  const parkedHere = () => here().filter((sale) => !sale.held)
  const nextNumber = () => Math.max(0, ...here().map((sale) => sale.number)) + 1
  const withoutHeld = () => sales.filter((sale) => !(sale.held && sale.environment === deps.environment()))

  return {
    list: () => parkedHere().map(viewOf),
    park({ name, charge, replaces }) {
      const max = SETTINGS_LIMITS.parkedSales.max
      if (parkedHere().length >= max) return fail({ code: 'parked_limit', max })
      const priced = saleToCharge(charge, deps.offer())
      if (!priced.ok) return priced
      const items = priced.value.items ?? []
      const stored: StoredParkedCharge =
        'sale' in charge
          ? {
              sale: {
                lines: charge.sale.lines.map((line, index) =>
                  line.kind === 'amount' ? line : { ...line, name: items[index]?.name ?? '' }
                ),
                tip: charge.sale.tip
              },
              note: charge.note ?? ''
            }
          : {
              amountCents: charge.amountCents,
              note: charge.note ?? '',
              ...(charge.vatRate === undefined ? {} : { vatRate: charge.vatRate })
            }
      // The sale the keypad held is this one now, as the cashier left it.
      const held = here().find((sale) => sale.held)
      const record: ParkedSaleRecord = {
        id: newId(),
        number: held?.number ?? nextNumber(),
        name: name ?? '',
        environment: deps.environment(),
        parkedAt: deps.now().toISOString(),
        charge: stored,
        totalCents: priced.value.amountCents,
        replaces: replaces ?? held?.replaces ?? null,
        held: false,
        restored: false
      }
      const written = write([...withoutHeld(), record])
      return written.ok ? succeed(viewOf(record)) : written
    },
    resume(id) {
      const record = parkedHere().find((sale) => sale.id === id)
      if (record === undefined) return fail({ code: 'no_such_parked_sale' })
      // What the keypad held before is replaced on it: the cashier parks a basket to keep it.
      const next = withoutHeld().map((sale) => (sale.id === id ? { ...sale, held: true } : sale))
      const written = write(next)
      if (!written.ok) return written
      return succeed({ ...repriceParked(record.charge, deps.offer()), replaces: record.replaces })
    },
    discard(id) {
      if (!parkedHere().some((sale) => sale.id === id)) return fail({ code: 'no_such_parked_sale' })
      const written = write(sales.filter((sale) => sale.id !== id))
      return written.ok ? succeed({ id }) : written
    },
    holdChanged({ reference, charge }, items) {
      const stored: StoredParkedCharge =
        'sale' in charge
          ? {
              sale: {
                lines: charge.sale.lines.map((line, index) =>
                  line.kind === 'amount' ? line : { ...line, name: items[index]?.name ?? '' }
                ),
                tip: charge.sale.tip
              },
              note: charge.note
            }
          : charge
      const total = items.reduce((sum, item) => sum + item.totalCents, 0)
      const record: ParkedSaleRecord = {
        id: newId(),
        number: nextNumber(),
        name: '',
        environment: deps.environment(),
        parkedAt: deps.now().toISOString(),
        charge: stored,
        totalCents: 'sale' in charge ? total : charge.amountCents,
        replaces: reference,
        held: true,
        restored: false
      }
      // Best effort: the sale is on the keypad either way; only a restart before Charge would miss it.
      write([...withoutHeld(), record])
    },
    charged() {
      if (here().some((sale) => sale.held)) write(withoutHeld())
    }
  }
}
