/**
 * display.css: one full-viewport screen at a time, black on white (green only for "paid"), sized in viewport
 * units so the same page fills a phone held upright and a landscape second monitor without scrolling.
 */
export const DISPLAY_STYLE_CSS = `*,
*::before,
*::after {
  box-sizing: border-box;
}

html,
body {
  margin: 0;
  width: 100%;
  height: 100%;
  overflow: hidden;
  background: #ffffff;
  color: #000000;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

[hidden] {
  display: none !important;
}

p,
h1 {
  margin: 0;
}

.screen {
  position: fixed;
  top: 0;
  right: 0;
  bottom: 0;
  left: 0;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 4vmin;
  padding: max(4vmin, env(safe-area-inset-top)) max(4vmin, env(safe-area-inset-right))
    max(4vmin, env(safe-area-inset-bottom)) max(4vmin, env(safe-area-inset-left));
  text-align: center;
}

/* Connecting */
.connecting-text {
  color: #333333;
  font-size: clamp(1.25rem, 4.5vmin, 2.5rem);
}

.pulse {
  width: 6vmin;
  height: 6vmin;
  border-radius: 50%;
  background: #000000;
  animation: pulse 1.4s ease-in-out infinite;
}

@keyframes pulse {
  0%,
  100% {
    opacity: 0.15;
    transform: scale(0.7);
  }
  50% {
    opacity: 0.8;
    transform: scale(1);
  }
}

/* Pairing */
.pairing-form {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: clamp(12px, 3vmin, 32px);
  width: min(100%, 36rem);
}

.pairing-title {
  font-size: clamp(1.5rem, 6vmin, 3rem);
  font-weight: 700;
}

.pairing-input {
  width: 100%;
  max-width: 8.5ch;
  padding: 0.15em 0.2em;
  border: 4px solid #000000;
  border-radius: 16px;
  background: #ffffff;
  color: #000000;
  font: inherit;
  font-size: clamp(2.5rem, 13vmin, 6.5rem);
  font-variant-numeric: tabular-nums;
  font-weight: 700;
  letter-spacing: 0.18em;
  text-align: center;
  text-indent: 0.18em;
}

.pairing-input:focus {
  outline: 4px solid #1565c0;
  outline-offset: 4px;
}

.pairing-error {
  min-height: 1.3em;
  color: #b00020;
  font-size: clamp(1.1rem, 4.5vmin, 2rem);
  font-weight: 700;
}

.pairing-button {
  min-width: 12rem;
  min-height: 3.5rem;
  padding: 0.5em 1.5em;
  border: 0;
  border-radius: 16px;
  background: #000000;
  color: #ffffff;
  font: inherit;
  font-size: clamp(1.25rem, 5vmin, 2.25rem);
  font-weight: 700;
  cursor: pointer;
}

.pairing-button:focus-visible {
  outline: 4px solid #1565c0;
  outline-offset: 4px;
}

.pairing-hint {
  max-width: 30ch;
  color: #333333;
  font-size: clamp(1rem, 3.5vmin, 1.5rem);
}

/* Idle */
.welcome {
  font-size: clamp(3rem, 14vmin, 10rem);
  font-weight: 700;
  letter-spacing: -0.02em;
}

.welcome-rule {
  width: 12vmin;
  height: 1vmin;
  min-height: 4px;
  border-radius: 1vmin;
  background: #000000;
}

/* QR: upright, the code on top and the amount below; landscape, side by side. */
.qr-screen {
  gap: 3vmin;
}

.qr-image {
  display: block;
  width: min(92vw, 60vh);
  height: min(92vw, 60vh);
  background: #ffffff;
  image-rendering: pixelated;
}

/* The amount scales with the width left beside or below the code (cqi), so long amounts shrink instead of clipping. */
.qr-info {
  container-type: inline-size;
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 2vmin;
  width: 100%;
}

.qr-amount,
.paid-amount {
  max-width: 100%;
  font-variant-numeric: tabular-nums;
  font-weight: 800;
  letter-spacing: -0.02em;
  line-height: 1.05;
  white-space: nowrap;
}

.qr-amount {
  font-size: min(13vw, 9vh);
  font-size: min(15cqi, 9vh);
}

.qr-scan {
  font-size: min(7vw, 4.5vh);
  font-size: min(6.8cqi, 4.5vh);
  font-weight: 600;
}

@media (orientation: landscape) {
  .qr-screen {
    flex-direction: row;
    gap: 5vw;
  }

  .qr-image {
    width: min(90vh, 54vw);
    height: min(90vh, 54vw);
  }

  .qr-info {
    flex: 1 1 0;
    min-width: 0;
    gap: 4vh;
  }

  .qr-amount {
    font-size: min(5.6vw, 16vh);
    font-size: min(15cqi, 16vh);
  }

  .qr-scan {
    font-size: min(3.4vw, 7vh);
    font-size: min(6.8cqi, 7vh);
  }
}

/* Paid */
.paid-screen {
  background: #0b6b32;
  color: #ffffff;
}

.check {
  position: relative;
  width: min(55vw, 34vh);
  height: min(55vw, 34vh);
  border-radius: 50%;
  background: #ffffff;
}

.check::after {
  content: '';
  position: absolute;
  left: 36%;
  top: 18%;
  width: 26%;
  height: 48%;
  border: solid #0b6b32;
  border-width: 0 min(5vw, 3.1vh) min(5vw, 3.1vh) 0;
  transform: rotate(45deg);
}

.paid-thanks {
  font-size: min(8.5vw, 10vh);
  font-weight: 800;
  letter-spacing: -0.01em;
}

.paid-amount {
  font-size: min(8vw, 7vh);
  font-weight: 700;
}

@media (prefers-reduced-motion: reduce) {
  .pulse {
    animation: none;
    opacity: 0.5;
  }
}
`
