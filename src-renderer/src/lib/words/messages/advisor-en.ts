/** English sentences of tips by kind, Settings → About and the procedure description export; spread into `en`. */
export const advisorEn = {
  tipKind: 'Tips are',
  tipKindStaff: 'For the staff',
  tipKindShop: 'For the shop',
  tipKindHint:
    'Staff tips are passed on to the staff and are not the shop’s revenue; shop tips are revenue. Recorded with ' +
    'each sale: a change here never changes past sales.',
  receiptTipStaff: 'Tip (for the staff)',
  receiptTipShop: 'Tip (for the shop)',
  dayCloseTips: 'Tips',
  dayCloseTipsStaff: 'For the staff (pay out)',
  dayCloseTipsShop: 'For the shop (revenue)',
  csvStaffTip: 'Tip for the staff (EUR)',
  csvShopTip: 'Tip for the shop (EUR)',
  sectionAbout: 'About',
  aboutVersion: 'Version',
  aboutDataFolder: 'Data folder',
  aboutNoCashTitle: 'No cash, by design',
  aboutNoCash:
    'This app takes and records no cash, no vouchers and no stored value: every sale is paid through SecPaid, and a ' +
    'sale counts as paid only when SecPaid says so. There is no cash button and no “mark as paid”. In Germany a till ' +
    'that records cash needs a certified technical security module (§ 146a AO, KassenSichV); this app is not such a ' +
    'till. Take cash with a certified till of its own.',
  aboutProcedureTitle: 'Procedure description for your tax advisor',
  aboutProcedureHint:
    'A draft “Verfahrensdokumentation” made from these settings: what the app records, where, for how long and how ' +
    'to export it. Check and complete it with your tax advisor.',
  aboutProcedureGerman: 'Save as PDF (German)',
  aboutProcedureEnglish: 'Save as PDF (English)',
  aboutProcedureSaved: 'Saved.',
  aboutProcedureNotSaved: 'Not saved: the dialog was closed.'
}
