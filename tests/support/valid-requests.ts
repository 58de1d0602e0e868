import type { Channel } from '../../src-preload/contract'

/** The PIN a refund request below carries; set it as the owner's PIN where the refund must pass the PIN check. */
export const VALID_PIN = '246810'
const TODAY = new Date().toISOString().slice(0, 10)

/**
 * A request each channel's schema accepts. Typed by the contract's channel names, so a channel added to the contract
 * does not compile here until it is listed, and so is walked by every test that walks the channels.
 */
export const VALID_REQUESTS: Record<Channel, unknown> = {
  getSettings: {},
  updateSettings: { deviceName: 'x' },
  setApiKey: { apiKey: 'sk_live_x', storeUnencrypted: true },
  removeApiKey: {},
  testConnection: {},
  charge: { amountCents: 250 },
  resolveSale: { reference: 'R' },
  recoveredSale: {},
  uncertainSale: {},
  journalStatus: {},
  listPending: {},
  watchLink: { linkId: 7 },
  unwatchLink: {},
  cancelSale: { linkId: 7 },
  changeSale: { linkId: 7 },
  todaySummary: {},
  simulatePayment: { linkId: 7 },
  unlockSettings: { pin: '000000', purpose: 'dialog' },
  lockSettings: {},
  lockCounter: {},
  lockStatus: {},
  setSettingsPin: { pin: null },
  quitApp: {},
  customerDisplayInfo: {},
  newPairingCode: {},
  setProductSoldOut: { productId: 'coffee', soldOut: true },
  quoteSale: { lines: [{ kind: 'amount', amountCents: 100 }], tip: { kind: 'none' } },
  receiptFor: { reference: 'R' },
  printReceipt: { reference: 'R' },
  salesHistory: {},
  saleDetail: { reference: 'R' },
  refundSale: { reference: 'R', amountCents: 100, pin: VALID_PIN },
  dayClose: { from: TODAY, to: TODAY },
  salesRows: { from: TODAY, to: TODAY },
  saveFile: { fileName: 'a.csv', kind: 'csv', content: 'x' },
  openCsvFile: {},
  printPage: {},
  savePageAsPdf: { fileName: 'a.pdf' },
  verifyBooks: {},
  exportForAudit: { from: TODAY, to: TODAY },
  backupStatus: {},
  backupNow: {},
  chooseBackupFolder: {},
  setBackupKeep: { keep: 5 },
  checkNow: { reference: 'R' }
}
