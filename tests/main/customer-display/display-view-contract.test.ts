import { describe, expect, it } from 'vitest'

import { startCustomerDisplayServer } from '../../../src-main/customer-display/customer-display-server'
import { createCustomerViewState } from '../../../src-main/customer-display/customer-view'
import { isCustomerViewAnswer } from '../../../src-preload/contract/customer-view'
import { builtDisplayPage } from '../../support/display-page'
import { displayRequest, pairDisplay } from './display-http'

const PAY_LINK = 'https://app.secpaid.com/payment?link_id=OTkyOTE='

describe('the /state answer and the contract’s check the page runs on it', () => {
  it('the page’s check accepts each real answer of the server: idle, qr and paid, in both languages', async () => {
    const view = createCustomerViewState('en')
    const server = await startCustomerDisplayServer({
      host: '127.0.0.1',
      port: 0,
      pairingCode: '482913',
      windowSecret: null,
      page: await builtDisplayPage(),
      view
    })
    try {
      const token = await pairDisplay(server.port, '482913')
      const answers: unknown[] = []
      const answerNow = async () =>
        answers.push(JSON.parse((await displayRequest(server.port, '/state', { token })).text) as unknown)
      await answerNow()
      view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
      await answerNow()
      view.setLanguage('de')
      view.show({ screen: 'paid', amountCents: 1234 })
      await answerNow()
      expect(answers.map((answer) => (answer as { screen: string }).screen)).toEqual(['idle', 'qr', 'paid'])
      for (const answer of answers) expect(isCustomerViewAnswer(answer), JSON.stringify(answer)).toBe(true)
    } finally {
      await server.close()
    }
  })

  it('the page’s check refuses what it could not paint correctly', () => {
    const qr = {
      screen: 'qr',
      amountCents: 1234,
      payLink: PAY_LINK,
      qrSvgDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
      language: 'en',
      demo: false,
      version: 3
    }
    expect(isCustomerViewAnswer(qr)).toBe(true)
    for (const broken of [
      null,
      'idle',
      { ...qr, screen: 'settings' },
      { ...qr, language: 'fr' },
      { ...qr, demo: undefined },
      { ...qr, demo: 'yes' },
      { ...qr, version: -1 },
      { ...qr, version: 1.5 },
      { ...qr, amountCents: 0 },
      { ...qr, amountCents: 12.34 },
      { ...qr, amountCents: '1234' },
      { ...qr, qrSvgDataUrl: 'https://evil.example/qr.svg' },
      { ...qr, payLink: 'javascript:alert(1)' },
      { ...qr, payLink: `https://app.secpaid.com/${'a'.repeat(1000)}` },
      { ...qr, tipCents: 0 },
      { screen: 'paid', language: 'de', version: 1 }
    ]) {
      expect(isCustomerViewAnswer(broken), JSON.stringify(broken)).toBe(false)
    }
  })
})
