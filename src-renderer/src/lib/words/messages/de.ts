import { advisorDe } from './advisor-de'
import { booksCareDe } from './books-care-de'
import { booksDe } from './books-de'
import { catalogueDe } from './catalogue-de'
import { connectionDe } from './connection-de'
import { customerScreenDe } from './customer-screen-de'
import { CUSTOMER_WORDS } from './customer-words'
import type { Messages } from './en'
import { lockDe } from './lock-de'
import { parkingDe } from './parking-de'
import { screenDe } from './screen-de'
import { sellingDe } from './selling-de'
import { staffDe } from './staff-de'
import { taxDe } from './tax-de'

export const de: Messages = {
  appTitle: 'SecPaid Kasse',
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  demoBanner: 'Demo – keine echten Zahlungen',
  noKeyBanner:
    'Kein SecPaid-API-Schlüssel: Es kann nichts berechnet werden, bis er eingetragen ist. Die Kasse wechselt nicht in den Demo-Modus.',
  noKeyBannerUndecryptable:
    'Der gespeicherte SecPaid-API-Schlüssel lässt sich auf diesem Computer nicht mehr lesen: Es kann nichts berechnet werden, bis er neu eingetragen ist.',
  noKeyOpenSettings: 'Schlüssel in den Einstellungen eintragen',
  offlineBanner: 'SecPaid ist nicht erreichbar – Internetverbindung prüfen',
  journalBanner:
    'Verkäufe können nicht aufgezeichnet werden: {cause} ({errno}). Kassieren ist gesperrt, bis das Verkaufsjournal ' +
    'wieder geschrieben werden kann.',
  journalBannerUnwritten_one: '{count} Statusänderung wird im Speicher gehalten und so bald wie möglich geschrieben.',
  journalBannerUnwritten_other:
    '{count} Statusänderungen werden im Speicher gehalten und so bald wie möglich geschrieben.',
  journalCauseDiskFull: 'Der Datenträger ist voll',
  journalCauseReadOnly: 'In den Datenordner darf nicht geschrieben werden',
  journalCauseTooManyFiles: 'Zu viele Dateien sind geöffnet',
  journalCauseFileTooLarge: 'Die Datei hat ihre Größengrenze erreicht',
  journalCauseOther: 'Das Verkaufsjournal kann nicht geschrieben werden',
  journalProblemImportFailed:
    'Verkäufe können nicht aufgezeichnet werden: Das Verkaufsjournal der vorigen Version ({file}) konnte nicht in ' +
    'die Buchungsdatenbank übernommen werden, weil {reason}. Die Datei ist unverändert, nichts wurde übernommen. ' +
    'Kassieren ist gesperrt, bis das behoben ist.',
  journalImportUnreadable: 'sie nicht gelesen werden konnte',
  journalImportTotalsDiffer: 'die übernommenen Verkäufe nicht dieselben Summen ergaben',
  journalImportNotWritten: 'die Datenbank nicht geschrieben werden konnte',
  journalProblemNotADatabase:
    'Verkäufe können nicht aufgezeichnet werden: {file} ist keine Datenbank, die diese App lesen kann. Sie blieb ' +
    'unverändert. Kassieren ist gesperrt; legen Sie die Datei aus einer Sicherung zurück.',
  journalProblemDamaged:
    'Verkäufe können nicht aufgezeichnet werden: Die Prüfung beim Start fand Schäden in {file} ({findings}). Darin ' +
    'wurde nichts verändert. Kassieren ist gesperrt; legen Sie die Datei aus einer Sicherung zurück.',
  journalQuarantined_one:
    '{count} Zeile des Verkaufsjournals war unlesbar und wurde in {file} beiseitegelegt. Alle anderen Verkäufe ' +
    'wurden gelesen.',
  journalQuarantined_other:
    '{count} Zeilen des Verkaufsjournals waren unlesbar und wurden in {file} beiseitegelegt. Alle anderen Verkäufe ' +
    'wurden gelesen.',
  dismissNotice: 'OK',

  amountLabel: 'Betrag',
  enterAmount: 'Betrag eingeben',
  maximumIs: 'Höchstens {amount}',
  charge: '{amount} kassieren',
  charging: 'Zahlungslink wird erstellt…',
  noteLabel: 'Notiz / Referenz (optional)',
  notePlaceholder: 'z. B. Tisch 4',
  keypadLabel: 'Tastenfeld',
  keyClear: 'Betrag löschen',
  keyBackspace: 'Letzte Ziffer löschen',
  keyDecimal: 'Dezimaltrennzeichen',
  chargeFailedOffline:
    'SecPaid ist nicht erreichbar, daher wurde kein Zahlungslink erstellt. Internetverbindung prüfen, dann erneut kassieren.',
  uncertainSale: 'Die Verbindung brach ab, während der Link erstellt wurde. Noch ist unklar, ob er erstellt wurde.',
  uncertainSaleDetail: '{reference} · {amount} · wird automatisch erneut geprüft',
  uncertainSaleStillUnknown: 'Weiterhin unklar: SecPaid ist nicht erreichbar. Es wird automatisch erneut geprüft.',
  checkAgain: 'Erneut prüfen',
  checkingSale: 'Wird geprüft…',
  checkLastSaleFirst: 'Zuerst den letzten Verkauf prüfen',
  chargeBlockedJournal: 'Verkäufe können nicht aufgezeichnet werden',

  scanToPay: CUSTOMER_WORDS.de.scanToPay,
  qrAlt: 'Zahlungs-QR-Code über {amount}',
  qrUnavailable: 'Der QR-Code kann nicht angezeigt werden. Zahlungslink:',
  backToKeypad: 'Zurück zum Tastenfeld',
  simulatePayment: 'Kundenzahlung simulieren',
  paidThanks: CUSTOMER_WORDS.de.paidThanks,
  offlineWatching: 'SecPaid ist nicht erreichbar – die Zahlung wird weiter geprüft',
  linkGone: 'Dieser Link wurde storniert oder gelöscht',
  noticePaid: '{label} · {amount} bezahlt',
  noticeGone: '{label} · {amount}: Link storniert oder gelöscht',
  recoveredNotice: 'Nach Neustart wiederhergestellt',
  simulatedWaiting: 'Zahlung simuliert – warte auf Bestätigung…',
  cancelSale: 'Verkauf stornieren',
  cancelSaleFor: 'Verkauf über {amount} stornieren',
  cancellingSale: 'Wird storniert…',
  cancelConfirmTitle: 'Diesen Verkauf stornieren?',
  cancelConfirmText: 'Der Zahlungslink über {amount} wird gelöscht. Der Kunde kann damit nicht mehr bezahlen.',
  cancelKeep: 'Behalten',
  cancel: 'Abbrechen',

  pendingTitle: 'Warten auf Zahlung',
  pendingToggle: 'Warten auf Zahlung ({count})',
  pendingSearch: 'Links durchsuchen',
  pendingRefresh: 'Aktualisieren',
  pendingEmpty: 'Keine Links warten auf Zahlung.',
  pendingNoMatch: 'Keine offenen Links passen zu „{search}“.',
  pendingNoNote: 'Keine Notiz',
  kindBasic: 'Einfach',
  kindSplit: 'Geteilt',

  summaryTitle: 'Heute',
  summaryDay: 'Verkäufe vom {date}',
  summarySales_one: '{count} Verkauf · {amount}',
  summarySales_other: '{count} Verkäufe · {amount}',
  summaryPaid_one: '{count} bezahlt · {amount}',
  summaryPaid_other: '{count} bezahlt · {amount}',
  summaryPending_one: '{count} offen · {amount}',
  summaryPending_other: '{count} offen · {amount}',
  summaryCancelled_one: '{count} storniert',
  summaryCancelled_other: '{count} storniert',
  summaryRefunds_one: '{count} Erstattung · −{amount}',
  summaryRefunds_other: '{count} Erstattungen · −{amount}',
  exportCsv: 'CSV exportieren',

  settings: 'Einstellungen',
  settingsDone: 'Zurück',
  settingsLoadFailed: 'Die Einstellungen konnten nicht geladen werden.',
  sectionConnection: 'Verbindung',
  sectionLinkDefaults: 'Standardwerte für Zahlungslinks',
  sectionCounter: 'Kasse',
  environment: 'Umgebung',
  environmentDemo: 'Demo',
  environmentDevelopment: 'Entwicklung',
  environmentProduction: 'Produktion',
  apiKey: 'API-Schlüssel',
  apiKeyPlaceholder: 'Neuen API-Schlüssel einfügen',
  keySet: 'Ein Schlüssel ist hinterlegt',
  noKeySet: 'Kein Schlüssel hinterlegt',
  saveKey: 'Schlüssel speichern',
  removeKey: 'Schlüssel entfernen',
  keySaved: 'Der Schlüssel wurde gespeichert.',
  keyRemoved: 'Der Schlüssel wurde entfernt.',
  keyEmpty: 'Bitte zuerst einen Schlüssel einfügen.',
  keyUndecryptable:
    'Ein Schlüssel ist gespeichert, lässt sich aber nicht mehr entschlüsseln (neuer Schlüsselbund oder wiederhergestelltes Profil). Bitte den Schlüssel erneut eingeben.',
  keyStoredEncrypted: 'Vom Betriebssystem verschlüsselt gespeichert.',
  keyStoredWeak:
    'Ohne Schlüsselbund gespeichert: Wer die Dateien dieses Computers lesen kann, kann ihn wiederherstellen.',
  keyStoredPlain: 'Als Klartext gespeichert: Wer die Dateien dieses Computers lesen kann, kann ihn lesen.',
  keyWillBeEncrypted: 'Ein neuer Schlüssel wird vom Betriebssystem verschlüsselt gespeichert.',
  keyWillBeWeak:
    'Dieser Computer hat keinen Schlüsselbund: Ein neuer Schlüssel kann nur mit einem in die App eingebauten Passwort verschlüsselt werden. Wer die Dateien dieses Computers lesen kann, kann ihn wiederherstellen.',
  keyWillBePlain:
    'Dieser Computer bietet keine Verschlüsselung: Ein neuer Schlüssel kann nur als Klartext gespeichert werden, lesbar für jeden, der die Dateien dieses Computers lesen kann.',
  keyStoreAnyway: 'Schlüssel trotzdem ohne diesen Schutz speichern',
  testConnection: 'Verbindung testen',
  testingConnection: 'Wird getestet…',
  connectedDemo: 'Verbunden mit dem Demo-Simulator – keine echten Zahlungen',
  connectedSecPaid: 'Verbunden – SecPaid hat den API-Schlüssel angenommen',
  callbackUrl: 'Rücksprung-URL',
  callbackUrlHint: 'Vollständige URL oder Index einer gespeicherten URL; leer = SecPaid-Seite',
  paymentEndpoint: 'Zahlungs-Webhook',
  paymentEndpointHint: 'URLs oder Indizes durch Kommas getrennt; leer = keiner',
  cancellable: 'Kunde darf abbrechen',
  bankTransfer: 'Überweisung erlauben',
  bankStatementDescription: 'Text auf dem Kontoauszug',
  noteTemplate: 'Referenz-Vorlage',
  noteTemplateHint: 'Platzhalter: {till} (eigene Kennung dieser Kasse), {device}, {yyyyMMdd}, {seq}',
  maxAmount: 'Höchstbetrag pro Verkauf (EUR)',
  maxAmountInvalid: 'Höchstbetrag in Euro von {min} bis {max} eingeben.',
  entryMode: 'Betragseingabe',
  entryModeCents: 'Cent zuerst (1, 2, 3 → 1,23)',
  entryModeDecimal: 'Mit Komma-Taste (1, 2, 3 → 123)',
  language: 'Sprache',
  deviceName: 'Gerätename',
  paidSound: 'Ton bei Zahlungseingang',
  paidScreenSeconds: 'Sekunden für die Bezahlt-Anzeige',
  paidScreenSecondsHint: 'Wie lange „Bezahlt“ stehen bleibt, bevor das Tastenfeld zurückkehrt ({min}–{max})',
  paidScreenSecondsInvalid: 'Anzeigedauer in ganzen Sekunden von {min} bis {max} eingeben.',
  tillsOnKey: 'Kassen mit diesem API-Schlüssel',
  tillsOnKeyHint:
    'Wie viele Kassen denselben Schlüssel nutzen ({min}–{max}): Sie teilen sich SecPaids Grenze von 60 Anfragen pro Minute',
  tillsOnKeyInvalid: 'Anzahl der Kassen als ganze Zahl von {min} bis {max} eingeben.',
  slowCheckAfterHours: 'Offene Verkäufe seltener prüfen nach (Stunden)',
  slowCheckAfterHoursHint:
    'Ein noch nicht bezahlter Verkauf wird alle halbe Minute geprüft, nach so vielen Stunden alle Viertelstunde, und nie vergessen ({min}–{max})',
  slowCheckAfterHoursInvalid: 'Die Stunden als ganze Zahl von {min} bis {max} eingeben.',
  saveSettings: 'Einstellungen speichern',
  savingSettings: 'Wird gespeichert…',
  settingsSaved: 'Einstellungen gespeichert.',

  pinTitle: 'PIN eingeben',
  pinText: 'Die Einstellungen sind mit einer PIN geschützt.',
  pinTextAgain: 'Die Einstellungen wurden wieder gesperrt. Zum Fortfahren die PIN eingeben.',
  pinLabel: 'PIN',
  pinSubmit: 'Einstellungen öffnen',
  pinChecking: 'Wird geprüft…',
  pinKeyClear: 'PIN löschen',
  pinWrong: 'Falsche PIN. Bitte erneut versuchen.',
  pinTooManyAttempts: 'Zu viele Versuche – erneut versuchen in {seconds} s',

  sectionSecurity: 'Kioskmodus und PIN',
  kioskMode: 'Kioskmodus',
  kioskModeHint:
    'Vollbild, ohne Entwicklertools und Tastenkürzel; gilt sofort. Zum Verlassen ist die PIN nötig, wenn eine gesetzt ist – daher zuerst eine PIN festlegen.',
  kioskWithoutPin: 'Keine PIN gesetzt: Jeder an der Kasse kann den Kioskmodus verlassen.',
  settingsPin: 'PIN für die Einstellungen',
  pinIsSet: 'Eine PIN schützt die Einstellungen',
  pinNotSet: 'Keine PIN: Jeder an der Kasse kann die Einstellungen öffnen',
  pinNew: 'Neue PIN ({min}–{max} Ziffern)',
  pinRepeat: 'Neue PIN wiederholen',
  pinSave: 'PIN festlegen',
  pinChange: 'PIN ändern',
  pinRemove: 'PIN entfernen',
  pinInvalid: 'Die PIN muss aus {min} bis {max} Ziffern bestehen.',
  pinMismatch: 'Die beiden PINs stimmen nicht überein.',
  pinSaved: 'Die PIN wurde gespeichert.',
  pinRemoved: 'Die PIN wurde entfernt.',
  quitApp: 'App beenden',
  quitHint: 'Im Kioskmodus ist das der einzige Weg, die Kasse zu schließen.',
  quitConfirmTitle: 'SecPaid Kasse beenden?',
  quitConfirmText:
    'Die Kasse wird geschlossen, bis sie wieder gestartet wird. Bereits erstellte Zahlungslinks bleiben gültig.',
  quitConfirm: 'Beenden',

  sectionCustomerDisplay: 'Kundenanzeige',
  customerWindow: 'Kundenanzeige auf einem zweiten Bildschirm',
  customerWindowHint:
    'Ein Fenster für die Kundschaft mit der Bestellung, während sie gebucht wird, QR-Code und „Bezahlt“; auf einem zweiten Bildschirm, wenn einer angeschlossen ist.',
  lanDisplay: 'Kundenanzeige auf Handys/Tablets in diesem Netzwerk',
  lanDisplayPort: 'Port für Handys und Tablets',
  lanDisplayPortHint: '{min}–{max}',
  lanDisplayPortInvalid: 'Einen Port von {min} bis {max} eingeben.',
  lanDisplayWarning:
    'Nur für ein Netzwerk, dem der Laden vertraut (kein Gäste-WLAN): Handys und Tablets erhalten Betrag und Zahlungslink unverschlüsselt, jeder in diesem Netzwerk kann sie mitlesen. Den API-Schlüssel bekommen sie nie, und Verkäufe können sie nicht steuern.',
  pairingCodeChanged:
    'Jemand in diesem Netzwerk hat falsche Kopplungscodes eingegeben: Der Code hat sich von selbst geändert ({count}×, nach je 20 falschen Codes). Bereits gekoppelte Handys und Tablets laufen weiter.',
  pairingPaused:
    'Koppeln ist angehalten: Aus diesem Netzwerk kamen 100 falsche Codes. Kein Code koppelt ein neues Handy oder Tablet, bis Sie „Neuer Code“ drücken (das entkoppelt auch alle gekoppelten). Bis dahin laufen gekoppelte weiter.',
  pairingCode: 'Kopplungscode',
  pairingCodeHint: 'Ein Handy oder Tablet fragt einmal danach; der QR-Code enthält ihn bereits.',
  lanUrls: 'Adresse für Handys und Tablets',
  lanQrAlt: 'QR-Code, der die Kundenanzeige auf einem Handy oder Tablet öffnet',
  lanNoAddress: 'Keine Netzwerkadresse gefunden: Ist dieser Computer mit einem Netzwerk verbunden?',
  newPairingCode: 'Neuer Code',
  newPairingCodeHint: 'Alle gekoppelten Handys und Tablets müssen sich neu koppeln.',
  repairedTitle: 'Einige Einstellungen waren beim Start unlesbar und wurden zurückgesetzt. Bitte prüfen:',
  repairedAll: 'Alle Einstellungen waren unlesbar und wurden zurückgesetzt.',
  repairedField: '{field} war ungültig und wurde zurückgesetzt.',
  repairedApiKey: 'Der gespeicherte API-Schlüssel war unlesbar und wurde entfernt.',
  repairedPin:
    'Die gespeicherte PIN war beschädigt und wurde entfernt: Bis eine neue PIN gesetzt ist, kann jeder die Einstellungen öffnen.',
  repairedTillId:
    'Diese Einstellungen stammen von einem anderen Computer. Diese Kasse hat jetzt eine eigene Kassennummer in den Verkaufsreferenzen, damit zwei Kassen nie dieselbe Referenz schreiben. Sonst hat sich nichts geändert.',
  settingsUnwritable:
    'Die Einstellungen können nicht gespeichert werden ({errno}): Die Einstellungsdatei oder ihr Ordner ist schreibgeschützt. Die Kasse läuft mit den hier gezeigten Einstellungen; jede Änderung wird abgelehnt, bis die Datei wieder beschreibbar ist.',
  displayProblemPortInUse: 'Die Kundenanzeige konnte nicht starten: Ein anderes Programm belegt Port {port}.',
  displayProblemStartFailed: 'Die Kundenanzeige konnte auf Port {port} nicht starten.',
  displayProblemPageMissing: 'Die Kundenanzeige konnte nicht starten: Ihre Seite fehlt in dieser Installation.',

  errorAuth: 'Der API-Schlüssel wurde von SecPaid abgelehnt',
  errorNoKey: 'Kein SecPaid-API-Schlüssel hinterlegt. Bitte in den Einstellungen eintragen.',
  errorLocked: 'Die Einstellungen sind gesperrt. Zum Ändern die PIN eingeben.',
  errorTimeout: 'SecPaid hat nicht rechtzeitig geantwortet.',
  errorNetwork: 'Die Anfrage an SecPaid ist an einem Netzwerkproblem gescheitert.',
  errorNetworkRefused: 'Keine Verbindung zu SecPaid: Die Verbindung wurde abgelehnt.',
  errorNetworkDropped: 'Die Verbindung zu SecPaid brach ab, bevor eine Antwort kam.',
  errorNetworkUnresolved: 'SecPaid ist nicht erreichbar: Der Servername konnte nicht aufgelöst werden.',
  errorNetworkOffline: 'SecPaid ist nicht erreichbar: Dieser Computer ist offline.',
  errorServer: 'SecPaid hatte einen Serverfehler (HTTP {status}).',
  errorServerReason: 'SecPaid hatte einen Serverfehler (HTTP {status}): {reason}',
  errorBadResponse: 'SecPaid hat eine Antwort gesendet, die die App nicht lesen kann (HTTP {status}).',
  errorBadResponseEmpty: 'SecPaid hat eine leere Antwort gesendet (HTTP {status}).',
  errorBadResponseNotJson: 'SecPaid hat eine Antwort gesendet, die kein JSON ist (HTTP {status}).',
  errorBadResponseFormat: 'SecPaid hat eine Antwort in unerwartetem Format gesendet (HTTP {status}).',
  errorBadResponseContradictory: 'SecPaid hat eine widersprüchliche Antwort gesendet (HTTP {status}).',
  errorInvalidRequest: 'Die Eingabe wurde abgelehnt: {field}',
  errorNotDemo: 'Simulierte Zahlungen gibt es nur im Demo-Modus.',
  errorInternal: 'In der App ist etwas schiefgelaufen. Bitte erneut versuchen.',
  errorMainProcessUnreachable: 'Die Kassen-App erreicht ihren Hauptprozess nicht.',
  errorOutcomeUnknown:
    'Noch ist unklar, ob SecPaid den Link erstellt hat; die App prüft das, bevor erneut kassiert wird.',
  errorNothingCharged: 'SecPaid hat den Link nicht erstellt; es wurde nichts berechnet.',
  errorAppClosedNothingCharged:
    'Die App wurde beendet, bevor SecPaid den Link erstellt hat; es wurde nichts berechnet.',
  errorAlreadyPaid: 'Dieser Verkauf ist bereits bezahlt und kann nicht mehr storniert werden.',
  errorRateLimitedRetrying: 'Zu viele Anfragen, neuer Versuch in {seconds} s',
  errorRateLimitedTryAgain: 'Zu viele Anfragen, bitte in {seconds} s erneut versuchen',

  errorInvalidAmount: 'Der Betrag muss aus ganzen Cent bestehen; an SecPaid wurde nichts gesendet.',
  errorRefusedNoReason: 'SecPaid hat die Anfrage ohne Begründung abgelehnt.',
  errorNetworkNoRoute: 'SecPaid ist nicht erreichbar: Es gibt keine Netzwerkroute dorthin.',
  errorNetworkInvalidAddress: 'Die SecPaid-Adresse ist keine gültige URL.',
  errorNoSuchSale: 'Im Journal dieser Kasse gibt es keinen Verkauf {reference}.',
  errorSaleInOtherEnvironment:
    'Verkauf {reference} wurde im Modus {environment} gemacht: Er wird nur dort geöffnet, abgeschlossen, erstattet oder gedruckt. Es wurde nichts gesendet.',
  errorLinkInOtherEnvironment:
    'Dieser Link gehört zum Modus {environment}, nicht zu dem, in dem die Kasse gerade läuft. Es wurde nichts gesendet.',
  errorKeyUndecryptable:
    'Der gespeicherte SecPaid-API-Schlüssel lässt sich auf diesem Computer nicht mehr lesen. Bitte in den Einstellungen neu eingeben; es wurde nichts berechnet.',
  errorInvalidRequestNoField: 'Die Eingabe wurde abgelehnt.',
  errorAmountInvalid: 'Der Betrag muss größer als null sein, in ganzen Cent.',
  errorNoSuchDemoLink: 'Dieser Demo-Link wartet nicht mehr auf eine Zahlung.',
  errorJournalUnwritable:
    'Das Verkaufsjournal kann nicht geschrieben werden ({errno}). Es wurde kein Zahlungslink erstellt.',
  errorSettingsUnwritable:
    'Die Einstellungen können nicht gespeichert werden: Die Einstellungsdatei oder ihr Ordner ist schreibgeschützt ({errno}). Es wurde nichts geändert.',
  errorKeyNeedsConsentWeak:
    'Der Schlüssel wurde nicht gespeichert: Auf diesem Computer kann er nur ohne den Schutz eines Schlüsselbunds gespeichert werden. Um ihn trotzdem zu speichern, „Schlüssel trotzdem ohne diesen Schutz speichern“ ankreuzen.',
  errorKeyNeedsConsentPlain:
    'Der Schlüssel wurde nicht gespeichert: Auf diesem Computer kann er nur als Klartext gespeichert werden. Um ihn trotzdem zu speichern, „Schlüssel trotzdem ohne diesen Schutz speichern“ ankreuzen.',
  errorKeyEncryptionFailed:
    'Das Betriebssystem konnte den Schlüssel nicht verschlüsseln, daher wurde er nicht gespeichert. Den Schlüsselbund entsperren (oder neu anmelden) und erneut versuchen.',
  errorUncertainSaleOpen:
    'Der Verkauf {reference} ({amount}) ist noch nicht geklärt: Bitte zuerst prüfen, dann erneut kassieren.',
  deviceNameInvalid: 'Der Gerätename muss aus {min} bis {max} Buchstaben, Ziffern, - oder _ bestehen.',
  noteTemplateInvalid: 'Die Referenzvorlage muss {min} bis {max} Zeichen lang sein, ohne Zeilenumbrüche.',
  callbackUrlInvalid: 'Die Callback-URL muss leer sein, eine vollständige http(s)-URL oder ein Index wie 0.',
  paymentEndpointInvalid: 'Der Zahlungs-Webhook muss leer sein oder aus http(s)-URLs und Indizes mit Kommas bestehen.',
  bankStatementInvalid: 'Der Kontoauszugstext darf höchstens {max} Zeichen lang sein, ohne Zeilenumbrüche.',
  ...booksDe,
  ...booksCareDe,
  ...advisorDe,
  ...sellingDe,
  ...catalogueDe,
  ...taxDe,
  ...screenDe,
  ...lockDe,
  ...staffDe,
  ...customerScreenDe,
  ...connectionDe,
  ...parkingDe
}
