/**
 * The customer display page. Every text is filled in by display.js in the view's language; the markup holds
 * no inline script or style, so the CSP can forbid both.
 */
export const DISPLAY_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light">
<meta name="referrer" content="no-referrer">
<title>SecPaid</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/display.css">
<script src="/display.js" defer></script>
</head>
<body>
<section class="screen connecting-screen" data-screen="connecting" data-testid="connecting-screen">
  <div class="pulse" aria-hidden="true"></div>
  <p class="connecting-text" data-text="connecting"></p>
</section>
<section class="screen pairing-screen" data-screen="pairing" data-testid="pairing-screen" hidden>
  <form class="pairing-form" data-testid="pairing-form" novalidate>
    <label class="pairing-title" for="pairing-code" data-text="pairingTitle"></label>
    <input id="pairing-code" class="pairing-input" data-testid="pairing-input" name="code" type="text"
      inputmode="numeric" pattern="[0-9]*" maxlength="6" autocomplete="off" autocorrect="off" spellcheck="false"
      aria-describedby="pairing-error pairing-hint">
    <p id="pairing-error" class="pairing-error" data-testid="pairing-error" role="alert"></p>
    <button class="pairing-button" data-testid="pairing-button" type="submit" data-text="connect"></button>
    <p id="pairing-hint" class="pairing-hint" data-text="pairingHint"></p>
  </form>
</section>
<section class="screen idle-screen" data-screen="idle" data-testid="idle-screen" hidden>
  <h1 class="welcome" data-text="welcome"></h1>
  <div class="welcome-rule" aria-hidden="true"></div>
</section>
<section class="screen qr-screen" data-screen="qr" data-testid="qr-screen" hidden>
  <img class="qr-image" data-testid="qr-image" alt="">
  <div class="qr-info">
    <p class="qr-amount" data-testid="qr-amount"></p>
    <p class="qr-scan" data-text="scanToPay"></p>
  </div>
</section>
<section class="screen paid-screen" data-screen="paid" data-testid="paid-screen" hidden>
  <div class="check" aria-hidden="true"></div>
  <h1 class="paid-thanks" data-testid="paid-thanks" data-text="paidThanks"></h1>
  <p class="paid-amount" data-testid="paid-amount"></p>
</section>
</body>
</html>
`
