/** English words for the connection banner and the help for when the network goes away; spread into `en` (en.ts). */
export const connectionEn = {
  connectionNoNetworkOffline: 'No network: this till is not connected to the internet.',
  connectionNoNetworkUnresolved: 'No network: SecPaid’s address cannot be looked up (DNS).',
  connectionNoNetworkNoRoute: 'No network: there is no route from this till to SecPaid.',
  connectionUnreachableRefused: 'SecPaid cannot be reached: the connection was refused.',
  connectionUnreachableDropped: 'SecPaid cannot be reached: the connection broke off.',
  connectionUnreachableInvalidAddress: 'SecPaid cannot be reached: its address is not valid.',
  connectionUnreachableOther: 'SecPaid cannot be reached.',
  connectionTimeout: 'SecPaid is not answering: no answer within {seconds} s.',
  connectionKeyRefused: 'SecPaid refuses the API key (HTTP {status}): check the key in Settings.',
  connectionKeyRefusedNoStatus: 'SecPaid refuses the API key: check the key in Settings.',
  connectionRateLimited: 'SecPaid’s rate limit: too many requests on this key. Next try at {time}.',
  connectionRateLimitedNoTime: 'SecPaid’s rate limit: too many requests on this key. The app tries again shortly.',
  connectionServerError: 'SecPaid has a server error (HTTP {status}).',
  connectionBadAnswer: 'SecPaid’s answer could not be read (HTTP {status}).',
  connectionLastAnswer: 'Last answer {time}.',
  connectionNoAnswerYet: 'No answer from SecPaid since the start.',
  helpButton: 'Help',
  helpButtonLabel: 'Help: when the network goes away',
  helpTitle: 'When the network goes away',
  helpClose: 'Close',
  helpWorksTitle: 'What works without internet',
  helpWorksNothingCharged:
    'Nothing can be charged: every payment link is made at SecPaid, so Charge needs SecPaid to answer.',
  helpWorksKeypad:
    'The keypad, quick keys and the running sale keep working: ring it up and charge once SecPaid is back.',
  helpWorksBooks:
    'History, receipts printed from History, today’s totals and the day close from this till’s own journal all work (the comparison with SecPaid’s record needs SecPaid).',
  helpWorksShownQr:
    'A QR already on screen can still be paid with the customer’s own mobile data; the app notices the payment once SecPaid answers again.',
  helpMidSaleTitle: 'If SecPaid cannot be reached in the middle of a sale',
  helpMidSaleJournal: 'Every sale is written to this till’s journal before SecPaid is asked.',
  helpMidSaleUncertain:
    'If the answer to Charge is lost, the sale stays uncertain: it is not yet known whether the link was made.',
  helpMidSaleHeld:
    'Charge is held until that sale is checked: the app asks SecPaid again every few seconds, and Check again asks at once.',
  helpMidSaleNeverTwice:
    'A link is never made twice: the app first looks the sale up by its reference and makes the link again only when SecPaid proves it does not exist.',
  helpMidSaleRestart:
    'This holds across a restart too: an unchecked sale still holds Charge after the app starts again.',
  helpEventTitle: 'Before an event',
  helpEventHotspot: 'Have a second way online for the till: a phone’s hotspot, or the venue’s Wi-Fi.',
  helpEventGuestWifi:
    'Customers pay on their own phones and need mobile data; where reception is weak, a guest Wi-Fi helps (keep the till on a network of its own).',
  helpEventWifiQr: 'A “Join our Wi-Fi” QR for customers beside the pay QR is planned.',
  helpEventTest: 'Before the doors open, press Test connection in Settings.',
  helpBannerTitle: 'What the red banner says',
  helpBannerText:
    'It names what fails – no network, SecPaid not reachable or not answering, SecPaid refusing the key, SecPaid’s rate limit (the app waits by itself), a server error at SecPaid – and when SecPaid last answered. It leaves by itself once SecPaid answers again.'
}
