/** English sentences of the PIN and the locks (Settings, auto-lock, kiosk dialogs); spread into `en` (en.ts). */
export const lockEn = {
  errorCounterLocked: 'The counter is locked. Enter the PIN to go on.',
  errorDialogPinRequired: 'In kiosk mode, saving and printing need the owner’s PIN each time.',
  pinRecommended: '6 digits recommended: a million possible PINs instead of ten thousand.',
  pinWrongTries: 'Wrong PINs typed: {before} before the last correct PIN, {since} since then.',
  dialogPinTitle: 'PIN for saving or printing',
  dialogPinText: 'Kiosk mode: the owner’s PIN opens this one save or print dialog.',
  counterLockedOwnerText:
    'The counter was idle. Selling goes on; History, refunds, day close and Settings need the PIN.',
  autoLockScope: 'What auto-lock locks',
  autoLockScopeEverything: 'Everything: the counter waits for the PIN',
  autoLockScopeOwner: 'Only the owner’s functions: selling goes on',
  pinTooManyAttemptsMinutes: 'Too many attempts – try again in {minutes} min'
}
