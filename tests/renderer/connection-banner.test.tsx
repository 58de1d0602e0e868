import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { ConnectionProblem, Language } from '../../src-preload/contract'
import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

afterEach(resetApp)

/** 14:32:05 on the till's own clock: the banner says the minute. */
const LAST_ANSWER = new Date(2026, 11, 7, 14, 32, 5).toISOString()
const RETRY_AT = new Date(2026, 11, 7, 14, 33, 7).toISOString()

const tell = (counter: FakeCounter, problem: ConnectionProblem | null, lastAnswerAt: string | null = LAST_ANSWER) => {
  const online = problem === null || !['no_network', 'secpaid_unreachable', 'timeout'].includes(problem.kind)
  act(() => counter.emit({ type: 'connection', online, problem, lastAnswerAt }))
}

const KINDS: readonly { problem: ConnectionProblem; en: string; de: string }[] = [
  {
    problem: { kind: 'no_network', reason: 'offline' },
    en: 'No network: this till is not connected to the internet. Last answer 14:32.',
    de: 'Kein Netz: Diese Kasse ist nicht mit dem Internet verbunden. Letzte Antwort 14:32.'
  },
  {
    problem: { kind: 'no_network', reason: 'unresolved' },
    en: 'No network: SecPaid’s address cannot be looked up (DNS). Last answer 14:32.',
    de: 'Kein Netz: Die Adresse von SecPaid lässt sich nicht auflösen (DNS). Letzte Antwort 14:32.'
  },
  {
    problem: { kind: 'secpaid_unreachable', reason: 'refused' },
    en: 'SecPaid cannot be reached: the connection was refused. Last answer 14:32.',
    de: 'SecPaid ist nicht erreichbar: Die Verbindung wurde abgelehnt. Letzte Antwort 14:32.'
  },
  {
    problem: { kind: 'secpaid_unreachable', reason: 'dropped' },
    en: 'SecPaid cannot be reached: the connection broke off. Last answer 14:32.',
    de: 'SecPaid ist nicht erreichbar: Die Verbindung brach ab. Letzte Antwort 14:32.'
  },
  {
    problem: { kind: 'timeout', seconds: 10 },
    en: 'SecPaid is not answering: no answer within 10 s. Last answer 14:32.',
    de: 'SecPaid antwortet nicht: keine Antwort innerhalb von 10 s. Letzte Antwort 14:32.'
  },
  {
    problem: { kind: 'key_refused', httpStatus: 401 },
    en: 'SecPaid refuses the API key (HTTP 401): check the key in Settings. Last answer 14:32.',
    de: 'SecPaid lehnt den API-Schlüssel ab (HTTP 401): Schlüssel in den Einstellungen prüfen. Letzte Antwort 14:32.'
  },
  {
    problem: { kind: 'rate_limited', retryAt: RETRY_AT },
    en: 'SecPaid’s rate limit: too many requests on this key. Next try at 14:33:07. Last answer 14:32.',
    de: 'SecPaid-Anfragelimit: zu viele Anfragen mit diesem Schlüssel. Nächster Versuch um 14:33:07. Letzte Antwort 14:32.'
  },
  {
    problem: { kind: 'server_error', httpStatus: 500 },
    en: 'SecPaid has a server error (HTTP 500). Last answer 14:32.',
    de: 'SecPaid hat einen Serverfehler (HTTP 500). Letzte Antwort 14:32.'
  }
]

describe('the connection banner names what fails, in German and English, with the last good answer', () => {
  for (const language of ['en', 'de'] as const satisfies readonly Language[]) {
    for (const { problem, ...words } of KINDS) {
      it(`${language}: ${problem.kind} ${'reason' in problem ? problem.reason : ''}`, async () => {
        const counter = fakeCounter(publicSettings({ language }))
        await renderApp(counter)
        expect(screen.queryByTestId('connection-banner')).toBeNull()
        tell(counter, problem)
        const banner = await screen.findByTestId('connection-banner')
        expect(within(banner).getByTestId('connection-problem').textContent).toBe(words[language])
        expect(banner.getAttribute('role')).toBe('alert')
        // The banner leaves by itself with the next good answer.
        tell(counter, null)
        await waitFor(() => expect(screen.queryByTestId('connection-banner')).toBeNull())
      })
    }
  }

  it('says so when SecPaid has not answered well since the start', async () => {
    const counter = fakeCounter()
    await renderApp(counter)
    tell(counter, { kind: 'server_error', httpStatus: 503 }, null)
    expect((await screen.findByTestId('connection-problem')).textContent).toBe(
      'SecPaid has a server error (HTTP 503). No answer from SecPaid since the start.'
    )
  })

  it('a refused key from a real charge answer: the charge says it, and the banner names the key as what fails', async () => {
    const counter = fakeCounter()
    counter.charge.mockResolvedValueOnce({ ok: false, error: { code: 'key_rejected', httpStatus: 403 } })
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('key-5'))
    fireEvent.click(screen.getByTestId('charge-button'))
    // The pending list answered well just before: that is the last answer.
    expect((await screen.findByTestId('connection-problem')).textContent).toMatch(
      /^SecPaid refuses the API key \(HTTP 403\): check the key in Settings\. Last answer \d\d:\d\d\.$/
    )
    // SecPaid was reached: the outage's own sentence is not shown.
    expect(screen.queryByTestId('offline-banner')).toBeNull()
  })
})

describe('the help for when the network goes away', () => {
  it('opens from the top bar, says what works, what happens mid-sale and what to prepare; Escape closes it', async () => {
    await renderApp()
    const open = screen.getByTestId('help-button')
    expect(open.tagName).toBe('BUTTON')
    expect(open.getAttribute('aria-label')).toBe('Help: when the network goes away')
    fireEvent.click(open)
    const help = await screen.findByRole('dialog', { name: 'When the network goes away' })
    expect(
      within(help)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent)
    ).toEqual([
      'What works without internet',
      'If SecPaid cannot be reached in the middle of a sale',
      'Before an event',
      'What the red banner says'
    ])
    expect(help.textContent).toContain('Nothing can be charged')
    expect(help.textContent).toContain('A link is never made twice')
    expect(help.textContent).toContain('a phone’s hotspot')
    expect(help.textContent).toContain('is planned')
    // The focus is in the help, so keys reach it; Escape closes it and nothing else.
    expect(document.activeElement).toBe(screen.getByTestId('offline-help-close'))
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByTestId('offline-help')).toBeNull())
    expect(screen.getByTestId('charge-button')).toBeTruthy()
  })

  it('opens with F1 over the QR screen, in German; closing it leaves the QR where it was', async () => {
    const counter = fakeCounter(publicSettings({ language: 'de' }))
    await renderApp(counter)
    fireEvent.click(screen.getByTestId('key-1'))
    fireEvent.click(screen.getByTestId('charge-button'))
    await screen.findByTestId('qr-screen')
    tell(counter, { kind: 'no_network', reason: 'offline' })
    await screen.findByTestId('connection-banner')
    fireEvent.keyDown(window, { key: 'F1' })
    const help = await screen.findByRole('dialog', { name: 'Wenn das Netz wegfällt' })
    expect(help.textContent).toContain('Ein Link entsteht nie zweimal')
    fireEvent.keyDown(screen.getByTestId('offline-help-close'), { key: 'Escape' })
    await waitFor(() => expect(screen.queryByTestId('offline-help')).toBeNull())
    // Escape closed only the help, not the QR's own Escape menu.
    expect(screen.getByTestId('qr-screen')).toBeTruthy()
    expect(screen.queryByRole('dialog')).toBeNull()
    fireEvent.keyDown(window, { key: 'F1' })
    fireEvent.click(await screen.findByTestId('offline-help-close'))
    await waitFor(() => expect(screen.queryByTestId('offline-help')).toBeNull())
  })
})
