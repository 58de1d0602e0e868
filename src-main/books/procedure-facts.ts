import type { Environment, TipKind } from '../../src-preload/contract'

/** What the procedure description says about this shop's counter, read from its settings and data folder. */
export interface ProcedureFacts {
  shop: { name: string; address: string; vatId: string }
  /** This till's own id (part of every sale reference) and its device name. */
  till: { id: string; deviceName: string }
  /** How many tills the owner said share the SecPaid key, and the till ids the books hold sales of. */
  tillsOnKey: number
  tillsInBooks: string[]
  environment: Environment
  tipsOffered: boolean
  tipKind: TipKind
  /** The backups' folder (null: none chosen) and how many are kept there. */
  backup: { folder: string | null; keep: number }
  dataFolder: string
  version: string
  pinSet: boolean
  autoLockMinutes: number
  kioskMode: boolean
  /** When the description was made (ISO). */
  madeAt: string
}
