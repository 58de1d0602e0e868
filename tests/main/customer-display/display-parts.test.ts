import { describe, expect, it, vi } from 'vitest'

import { createDisplaySessions, randomToken, tokenMatches } from '../../../src-main/customer-display/display-sessions'
import { lanDisplayUrls } from '../../../src-main/customer-display/lan-urls'
import { pairingCodeMatches } from '../../../src-main/customer-display/pairing-code'
import { createQrSvgCache } from '../../../src-main/customer-display/qr-svg'
import { createWrongCodeLimiter } from '../../../src-main/customer-display/wrong-code-limiter'

describe('QR cache', () => {
  it('draws each pay link once while it stays on screen, and again after another link was shown', async () => {
    const render = vi.fn(async (payLink: string) => `data:${payLink}`)
    const qrOf = createQrSvgCache(render)
    expect(
      await Promise.all([qrOf('https://a.example/'), qrOf('https://a.example/'), qrOf('https://a.example/')])
    ).toEqual(['data:https://a.example/', 'data:https://a.example/', 'data:https://a.example/'])
    await qrOf('https://b.example/')
    await qrOf('https://a.example/')
    expect(render.mock.calls.map(([payLink]) => payLink)).toEqual([
      'https://a.example/',
      'https://b.example/',
      'https://a.example/'
    ])
  })

  it('does not keep a failed drawing, so the next poll tries again', async () => {
    const render = vi.fn().mockRejectedValueOnce(new Error('too long')).mockResolvedValue('data:ok')
    const qrOf = createQrSvgCache(render)
    await expect(qrOf('https://a.example/')).rejects.toThrow('too long')
    expect(await qrOf('https://a.example/')).toBe('data:ok')
  })
})

describe('pairing code comparison', () => {
  it('matches only the same six digits; a missing, shorter or longer code never matches', () => {
    expect(pairingCodeMatches('482913', '482913')).toBe(true)
    for (const given of [undefined, '', '482912', '48291', '4829130', '٤٨٢٩١٣']) {
      expect(pairingCodeMatches(given, '482913'), String(given)).toBe(false)
    }
  })
})

describe('wrong-code limiter', () => {
  it('blocks an address on its tenth wrong code within a minute, for one minute from then', () => {
    let clock = 0
    const limiter = createWrongCodeLimiter(() => clock)
    for (let attempt = 1; attempt <= 9; attempt += 1) limiter.recordWrongCode('10.0.0.5')
    expect(limiter.blockedFor('10.0.0.5')).toBe(0)
    clock = 59_999
    limiter.recordWrongCode('10.0.0.5')
    expect(limiter.blockedFor('10.0.0.5')).toBe(60_000)
    expect(limiter.blockedFor('10.0.0.6')).toBe(0)
    clock += 60_000
    expect(limiter.blockedFor('10.0.0.5')).toBe(0)
  })

  it('starts counting afresh after a block ends', () => {
    let clock = 0
    const limiter = createWrongCodeLimiter(() => clock)
    for (let attempt = 1; attempt <= 10; attempt += 1) limiter.recordWrongCode('10.0.0.5')
    clock += 60_000
    limiter.recordWrongCode('10.0.0.5')
    expect(limiter.blockedFor('10.0.0.5')).toBe(0)
  })
})

describe('wrong-code limiter: strangers guessing never block anyone else', () => {
  // Before, a hundred wrong codes a minute from all addresses together refused every address, even with the right
  // code: strangers could keep the shop's own tablet from pairing. Guessing is now bounded by the code changing by
  // itself (pairing-guard), so the limiter blocks only the addresses that guessed.
  it('a hundred wrong codes within a minute from many addresses block no address that did not reach its own limit', () => {
    let clock = 0
    const limiter = createWrongCodeLimiter(() => clock)
    for (let index = 0; index < 100; index += 1) limiter.recordWrongCode(`10.0.${Math.floor(index / 9)}.${index % 9}`)
    clock = 59_000
    limiter.recordWrongCode('10.0.50.1')
    expect(limiter.blockedFor('10.9.9.9')).toBe(0)
    expect(limiter.blockedFor('10.0.0.1')).toBe(0)
  })

  it('forgets addresses whose wrong codes are older than a minute', () => {
    let clock = 0
    const limiter = createWrongCodeLimiter(() => clock)
    for (let index = 0; index < 500; index += 1) {
      limiter.recordWrongCode(`10.1.${Math.floor(index / 200)}.${index % 200}`)
      clock += 700
    }
    expect(limiter.blockedFor('10.9.9.9')).toBe(0)
    expect(limiter.trackedAddresses()).toBeLessThanOrEqual(90)
  })

  it('takes another limit when given', () => {
    const limiter = createWrongCodeLimiter(() => 0, { perAddress: 2 })
    limiter.recordWrongCode('a')
    limiter.recordWrongCode('a')
    expect(limiter.blockedFor('a')).toBe(60_000)
    expect(limiter.blockedFor('b')).toBe(0)
    limiter.recordWrongCode('b')
    expect(limiter.blockedFor('b')).toBe(0)
  })
})

describe('display sessions', () => {
  it('opens a distinct 32-byte base64url token per pairing and knows only the tokens it opened', () => {
    const sessions = createDisplaySessions()
    const tokens = Array.from({ length: 20 }, () => sessions.open())
    expect(new Set(tokens).size).toBe(20)
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(sessions.isOpen(token)).toBe(true)
    }
    expect(sessions.isOpen(randomToken())).toBe(false)
    expect(sessions.isOpen('')).toBe(false)
  })

  it('closeAll ends every session', () => {
    const sessions = createDisplaySessions()
    const tokens = [sessions.open(), sessions.open()]
    sessions.closeAll()
    for (const token of tokens) expect(sessions.isOpen(token)).toBe(false)
  })

  it('beyond its limit the oldest session ends first', () => {
    const sessions = createDisplaySessions({ maxSessions: 3 })
    const [oldest, ...others] = [sessions.open(), sessions.open(), sessions.open(), sessions.open()]
    expect(sessions.isOpen(oldest)).toBe(false)
    for (const token of others) expect(sessions.isOpen(token)).toBe(true)
  })

  it('tokenMatches compares any two strings, of any length', () => {
    const secret = randomToken()
    expect(tokenMatches(secret, secret)).toBe(true)
    for (const given of ['', secret.slice(1), `${secret}=`, randomToken(), '٤٨٢٩١٣']) {
      expect(tokenMatches(given, secret), given).toBe(false)
    }
  })
})

describe('LAN display URLs', () => {
  it('lists one URL per external IPv4 address, without loopback or IPv6', () => {
    const info = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) => ({
      address,
      family,
      internal,
      netmask: '',
      mac: '00:00:00:00:00:00',
      cidr: null,
      ...(family === 'IPv6' ? { scopeid: 0 } : {})
    })
    const interfaces = {
      lo: [info('127.0.0.1', 'IPv4', true), info('::1', 'IPv6', true)],
      eth0: [info('192.168.1.20', 'IPv4', false), info('fe80::1', 'IPv6', false)],
      wlan0: [info('10.0.0.7', 'IPv4', false)]
    } as Parameters<typeof lanDisplayUrls>[1]
    expect(lanDisplayUrls(4242, interfaces)).toEqual(['http://192.168.1.20:4242/', 'http://10.0.0.7:4242/'])
  })
})
