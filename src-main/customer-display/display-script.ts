/**
 * display.js: pairs once, then polls /state and paints the view. Plain ES2017 without a build step, because it
 * runs in whatever browser a phone or tablet brings; it only reads, the server offers nothing to change.
 */
export const DISPLAY_SCRIPT_JS = `'use strict';
(function () {
  var POLL_MS = 300;
  var RETRY_MS = 1000;
  /** A counter restarting or a Wi-Fi hiccup should not blank the screen; three failed polls in a row should. */
  var FAILURES_BEFORE_CONNECTING = 3;
  var CODE_KEY = 'secpaid-customer-display-code';
  var CODE_PATTERN = /^[0-9]{6}$/;
  var LOCALES = { de: 'de-DE', en: 'en-IE' };
  var TEXTS = {
    en: {
      connecting: 'Connecting to the counter\\u2026',
      pairingTitle: 'Enter the pairing code',
      pairingHint: 'The six-digit code is shown in the counter\\u2019s settings.',
      connect: 'Connect',
      wrongCode: 'Wrong pairing code',
      tooManyCodes: 'Too many wrong codes \\u2013 try again in a minute',
      welcome: 'Welcome',
      scanToPay: 'Scan to pay',
      qrAlt: 'QR code of the payment link',
      paidThanks: 'Paid \\u2013 thank you'
    },
    de: {
      connecting: 'Verbindung zur Kasse \\u2026',
      pairingTitle: 'Kopplungscode eingeben',
      pairingHint: 'Den sechsstelligen Code zeigen die Einstellungen der Kasse.',
      connect: 'Verbinden',
      wrongCode: 'Falscher Kopplungscode',
      tooManyCodes: 'Zu viele falsche Codes \\u2013 bitte in einer Minute erneut versuchen',
      welcome: 'Willkommen',
      scanToPay: 'Zum Bezahlen scannen',
      qrAlt: 'QR-Code des Zahlungslinks',
      paidThanks: 'Bezahlt \\u2013 danke'
    }
  };

  var language = /^de\\b/i.test(navigator.language || '') ? 'de' : 'en';
  var pairingCode = null;
  var pollTimer = null;
  var failedPolls = 0;
  var paintedKey = null;

  function element(selector) {
    return document.querySelector(selector);
  }

  function remember(code) {
    try {
      if (code === null) sessionStorage.removeItem(CODE_KEY);
      else sessionStorage.setItem(CODE_KEY, code);
    } catch (error) {
      // Storage can be off (private mode): the code then lasts until the page is closed.
    }
  }

  function recall() {
    try {
      var code = sessionStorage.getItem(CODE_KEY);
      return code !== null && CODE_PATTERN.test(code) ? code : null;
    } catch (error) {
      return null;
    }
  }

  /** The counter's own window opens /#code=123456; the fragment never reaches the server and is dropped at once. */
  function takeCodeFromFragment() {
    var match = /(?:^#|&)code=([0-9]{6})(?:&|$)/.exec(location.hash);
    if (location.hash !== '') history.replaceState(null, '', location.pathname + location.search);
    return match === null ? null : match[1];
  }

  function applyLanguage(next) {
    language = next;
    document.documentElement.lang = next;
    var texts = TEXTS[next];
    var labelled = document.querySelectorAll('[data-text]');
    for (var index = 0; index < labelled.length; index += 1) {
      labelled[index].textContent = texts[labelled[index].getAttribute('data-text')];
    }
    element('.qr-image').alt = texts.qrAlt;
  }

  function showScreen(name) {
    var screens = document.querySelectorAll('[data-screen]');
    for (var index = 0; index < screens.length; index += 1) {
      screens[index].hidden = screens[index].getAttribute('data-screen') !== name;
    }
  }

  /** Integer cents as an exact decimal string, so no float rounding can touch the amount. */
  function formatCents(cents) {
    var digits = String(cents);
    while (digits.length < 3) digits = '0' + digits;
    var decimal = digits.slice(0, -2) + '.' + digits.slice(-2);
    var format = new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }).format;
    return format(decimal);
  }

  function paint(view) {
    var key = view.version + ':' + view.language;
    if (key === paintedKey) return;
    paintedKey = key;
    applyLanguage(view.language === 'de' ? 'de' : 'en');
    if (view.screen === 'qr') {
      var image = element('.qr-image');
      if (image.getAttribute('src') !== view.qrSvgDataUrl) image.src = view.qrSvgDataUrl;
      element('.qr-amount').textContent = formatCents(view.amountCents);
    } else if (view.screen === 'paid') {
      element('.paid-amount').textContent = formatCents(view.amountCents);
    }
    showScreen(view.screen === 'qr' || view.screen === 'paid' ? view.screen : 'idle');
  }

  function schedulePoll(delay) {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(poll, delay);
  }

  function askForCode(message) {
    clearTimeout(pollTimer);
    pairingCode = null;
    paintedKey = null;
    remember(null);
    var input = element('.pairing-input');
    input.value = '';
    element('.pairing-error').textContent = message;
    showScreen('pairing');
    input.focus();
  }

  function poll() {
    var code = pairingCode;
    fetch('/state', { headers: { 'X-Pairing-Code': code }, cache: 'no-store', credentials: 'omit' })
      .then(function (response) {
        if (code !== pairingCode) return;
        if (response.status === 401) return askForCode(TEXTS[language].wrongCode);
        if (response.status === 429) return askForCode(TEXTS[language].tooManyCodes);
        if (!response.ok) throw new Error('state answered ' + response.status);
        return response.json().then(function (view) {
          if (code !== pairingCode) return;
          failedPolls = 0;
          paint(view);
          schedulePoll(POLL_MS);
        });
      })
      .catch(function () {
        if (code !== pairingCode) return;
        failedPolls += 1;
        if (failedPolls >= FAILURES_BEFORE_CONNECTING) {
          // A QR left standing after the counter went away could be paid for a sale that no longer exists.
          paintedKey = null;
          showScreen('connecting');
        }
        schedulePoll(RETRY_MS);
      });
  }

  function pair(code) {
    pairingCode = code;
    failedPolls = 0;
    remember(code);
    showScreen('connecting');
    poll();
  }

  function onCodeTyped() {
    var input = element('.pairing-input');
    var digits = input.value.replace(/[^0-9]/g, '').slice(0, 6);
    if (digits !== input.value) input.value = digits;
    if (digits.length > 0) element('.pairing-error').textContent = '';
    if (digits.length === 6) submitCode();
  }

  function submitCode(event) {
    if (event) event.preventDefault();
    var input = element('.pairing-input');
    if (!CODE_PATTERN.test(input.value)) {
      input.focus();
      return;
    }
    input.blur();
    // Pairing is a tap on a phone or tablet: the moment to take the whole screen, where the browser allows it.
    var root = document.documentElement;
    if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(function () {});
    pair(input.value);
  }

  function start() {
    applyLanguage(language);
    element('.pairing-form').addEventListener('submit', submitCode);
    element('.pairing-input').addEventListener('input', onCodeTyped);
    var code = takeCodeFromFragment() || recall();
    if (code === null) askForCode('');
    else pair(code);
  }

  start();
})();
`
