import type { connectionEn } from './connection-en'

/** Deutsche Wörter für das Verbindungsbanner und die Hilfe, wenn das Netz wegfällt; in `de` (de.ts) eingefügt. */
export const connectionDe: Record<keyof typeof connectionEn, string> = {
  connectionNoNetworkOffline: 'Kein Netz: Diese Kasse ist nicht mit dem Internet verbunden.',
  connectionNoNetworkUnresolved: 'Kein Netz: Die Adresse von SecPaid lässt sich nicht auflösen (DNS).',
  connectionNoNetworkNoRoute: 'Kein Netz: Von dieser Kasse führt kein Weg zu SecPaid.',
  connectionUnreachableRefused: 'SecPaid ist nicht erreichbar: Die Verbindung wurde abgelehnt.',
  connectionUnreachableDropped: 'SecPaid ist nicht erreichbar: Die Verbindung brach ab.',
  connectionUnreachableInvalidAddress: 'SecPaid ist nicht erreichbar: Die Adresse ist ungültig.',
  connectionUnreachableOther: 'SecPaid ist nicht erreichbar.',
  connectionTimeout: 'SecPaid antwortet nicht: keine Antwort innerhalb von {seconds} s.',
  connectionKeyRefused: 'SecPaid lehnt den API-Schlüssel ab (HTTP {status}): Schlüssel in den Einstellungen prüfen.',
  connectionKeyRefusedNoStatus: 'SecPaid lehnt den API-Schlüssel ab: Schlüssel in den Einstellungen prüfen.',
  connectionRateLimited: 'SecPaid-Anfragelimit: zu viele Anfragen mit diesem Schlüssel. Nächster Versuch um {time}.',
  connectionRateLimitedNoTime:
    'SecPaid-Anfragelimit: zu viele Anfragen mit diesem Schlüssel. Die App versucht es gleich wieder.',
  connectionServerError: 'SecPaid hat einen Serverfehler (HTTP {status}).',
  connectionBadAnswer: 'Die Antwort von SecPaid war nicht lesbar (HTTP {status}).',
  connectionLastAnswer: 'Letzte Antwort {time}.',
  connectionNoAnswerYet: 'Seit dem Start keine Antwort von SecPaid.',
  helpButton: 'Hilfe',
  helpButtonLabel: 'Hilfe: wenn das Netz wegfällt',
  helpTitle: 'Wenn das Netz wegfällt',
  helpClose: 'Schließen',
  helpWorksTitle: 'Was ohne Internet geht',
  helpWorksNothingCharged:
    'Kassieren geht nicht: Jeder Zahlungslink entsteht bei SecPaid, deshalb braucht „Kassieren“ eine Antwort von SecPaid.',
  helpWorksKeypad:
    'Tastenfeld, Schnelltasten und der laufende Verkauf funktionieren weiter: erfassen und kassieren, sobald SecPaid wieder da ist.',
  helpWorksBooks:
    'Verlauf, Belege aus dem Verlauf, die heutigen Summen und der Tagesabschluss aus dem eigenen Journal dieser Kasse funktionieren (der Abgleich mit SecPaid braucht SecPaid).',
  helpWorksShownQr:
    'Ein QR-Code, der schon angezeigt wird, kann mit den mobilen Daten der Kundschaft bezahlt werden; die App bemerkt die Zahlung, sobald SecPaid wieder antwortet.',
  helpMidSaleTitle: 'Wenn SecPaid mitten im Verkauf nicht erreichbar ist',
  helpMidSaleJournal: 'Jeder Verkauf wird im Journal dieser Kasse festgehalten, bevor SecPaid gefragt wird.',
  helpMidSaleUncertain:
    'Geht die Antwort auf „Kassieren“ verloren, bleibt der Verkauf ungewiss: Noch ist unbekannt, ob der Link entstanden ist.',
  helpMidSaleHeld:
    'Bis dieser Verkauf geprüft ist, bleibt „Kassieren“ gesperrt: Die App fragt SecPaid alle paar Sekunden, „Erneut prüfen“ fragt sofort.',
  helpMidSaleNeverTwice:
    'Ein Link entsteht nie zweimal: Die App sucht den Verkauf zuerst über seine Referenz und erstellt den Link nur neu, wenn SecPaid belegt, dass es ihn nicht gibt.',
  helpMidSaleRestart:
    'Das gilt auch über einen Neustart hinweg: Ein ungeprüfter Verkauf sperrt „Kassieren“ auch nach dem Neustart.',
  helpEventTitle: 'Vor einer Veranstaltung',
  helpEventHotspot:
    'Einen zweiten Weg ins Internet bereithalten: den Hotspot eines Handys oder das WLAN des Veranstaltungsorts.',
  helpEventGuestWifi:
    'Die Kundschaft zahlt mit dem eigenen Handy und braucht mobile Daten; bei schwachem Empfang hilft ein Gäste-WLAN (die Kasse bleibt in einem eigenen Netz).',
  helpEventWifiQr: 'Ein QR-Code „Ins WLAN“ für die Kundschaft neben dem Zahl-QR ist geplant.',
  helpEventTest: 'Vor dem Einlass in den Einstellungen „Verbindung testen“ drücken.',
  helpBannerTitle: 'Was das rote Banner sagt',
  helpBannerText:
    'Es nennt, was fehlt – kein Netz, SecPaid nicht erreichbar oder ohne Antwort, SecPaid lehnt den Schlüssel ab, SecPaid-Anfragelimit (die App wartet von selbst), Serverfehler bei SecPaid – und wann SecPaid zuletzt geantwortet hat. Es verschwindet von selbst, sobald SecPaid wieder antwortet.'
}
