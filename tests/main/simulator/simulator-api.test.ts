import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type Simulator, startSimulator } from '../../../src-main/simulator'
import { fixture, fixtureText } from '../secpaid/canned-server'
import { dataOf, itemsOf, type RawAnswer, rawPost } from './sim-http'

const DOCUMENTED_USER_ID = 'b44c4429-4a7b-4e27-85af-c1c2f43f4ffe'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The answer's JSON as the docs print it (2-space indent, key order kept), to compare with a fixture's text. */
const printed = (answer: RawAnswer) => `${JSON.stringify(answer.body, null, 2)}\n`

/** The simulator plays SecPaid's v2 API: shapes, messages and rules as the docs give them. */
describe('simulator endpoints', () => {
  let simulator: Simulator
  let clock: Date
  /** `token: null` sends no token header at all. */
  const post = (endpoint: string, body: unknown, token: string | null = 'key-a') =>
    rawPost(`${simulator.baseUrl}${endpoint}`, body, token === null ? {} : { token })
  const create = async (body: Record<string, unknown>, token = 'key-a') => {
    const answer = await post('createLink', body, token)
    return dataOf(answer) as { id: number }
  }

  beforeAll(async () => {
    simulator = await startSimulator({ apiKeys: ['key-a', 'key-b'], now: () => clock })
  })
  afterAll(() => simulator.close())
  beforeEach(() => {
    simulator.reset()
    clock = new Date('2026-05-20T09:19:48Z')
  })

  it("createLink answers the docs example byte for byte (key order too) for the same input; user_id is the account's UUID", async () => {
    clock = new Date('2026-05-20T11:19:48Z')
    const answer = await post('createLink', {
      amount: 25,
      recipient_note: 'Test regular link',
      callback_url: 'https://google.com',
      payment_endpoint: 'https://google.com',
      cancellable: true,
      bank_transfer: 'true',
      is_qr_link: 'false'
    })
    expect(answer.status).toBe(200)
    const userId = simulator.links()[0]?.userId ?? ''
    expect(userId).toMatch(UUID)
    expect(printed(answer)).toBe(fixtureText('createLink').replace(DOCUMENTED_USER_ID, userId))
  })

  it('a createLink error is the documented error envelope byte for byte: no data', async () => {
    const answer = await post('createLink', { recipient_note: 'no amount' })
    expect(answer.status).toBe(400)
    expect(printed(answer)).toBe(fixtureText('createLink-error'))
  })

  it('ids increase from 99290; pay_link carries the base64 id and qr_img the pay_link unencoded, as documented', async () => {
    const first = await create({ amount: 1, is_qr_link: 'true' })
    const second = (await create({ amount: 2, is_qr_link: true })) as { id: number; pay_link: string; qr_img: string }
    expect([first.id, second.id]).toEqual([99290, 99291])
    expect(second.pay_link).toBe('https://app.secpaid.com/payment?link_id=OTkyOTE=')
    expect(second.qr_img).toBe(
      'https://quickchart.io/chart?chl=https://app.secpaid.com/payment?link_id=OTkyOTE=&chs=300x300&cht=qr'
    )
    expect(new URL(second.qr_img).searchParams.get('chl')).toBe(second.pay_link)
  })

  it('cancellable false reads back as is_cancellation "Yes"; qr_img is there without is_qr_link, as in the docs', async () => {
    expect(await create({ amount: 1, cancellable: false })).toMatchObject({
      is_cancellation: 'Yes',
      qr_img: 'https://quickchart.io/chart?chl=https://app.secpaid.com/payment?link_id=OTkyOTA=&chs=300x300&cht=qr',
      is_qr_link: 'false',
      bank_statement_description: '',
      payment_config: ''
    })
  })

  it('accepts form-encoded bodies as other docs pages send them', async () => {
    const answer = await rawPost(
      `${simulator.baseUrl}createLink`,
      'amount=19.99&recipient_note=Form+note&cancellable=false',
      {
        token: 'key-a',
        contentType: 'application/x-www-form-urlencoded'
      }
    )
    expect(dataOf(answer)).toMatchObject({ amount: 19.99, recipient_note: 'Form note', is_cancellation: 'Yes' })
  })

  it('validates the amount: missing, zero, negative, not a number, more than 2 decimals', async () => {
    const messageFor = async (amount: unknown) => {
      const answer = await post('createLink', amount === undefined ? {} : { amount })
      return [answer.status, (answer.body as { ResponseMsg: string }).ResponseMsg]
    }
    expect(await messageFor(undefined)).toEqual([400, 'Please enter amount'])
    expect(await messageFor('')).toEqual([400, 'Please enter amount'])
    expect(await messageFor(0)).toEqual([400, 'Amount should not be zero or negative number'])
    expect(await messageFor('-3.50')).toEqual([400, 'Amount should not be zero or negative number'])
    expect(await messageFor('abc')).toEqual([400, 'Amount must be a number'])
    expect(await messageFor(true)).toEqual([400, 'Amount must be a number'])
    expect(await messageFor('19.999')).toEqual([400, 'Amount must not have more than 2 decimal places'])
    expect(await messageFor('25.50')).toEqual([200, 'Link has been created successfully'])
    expect(simulator.links().map((link) => link.amountCents)).toEqual([2550])
  })

  it('getMyUnusedLinks items are the documented ones field for field and in key order: string id and amount, no created_at', async () => {
    await post('createLink', { amount: 25, recipient_note: 'Test regular link' })
    const answer = await post('getMyUnusedLinks', {})
    const documented = (fixture('getMyUnusedLinks') as { data: Record<string, unknown>[] }).data[0]
    const userId = simulator.links()[0]?.userId
    expect(printed(answer)).toBe(
      `${JSON.stringify(
        {
          data: [{ ...documented, user_id: userId }],
          ResponseCode: 1,
          ResponseMsg: 'List retrived successfully',
          Result: 'True',
          ServerTime: 'CEST'
        },
        null,
        2
      )}\n`
    )
  })

  it('getMyUnusedLinks: only unused, newest first, limit 10 by default, search is case-insensitive on recipient_note', async () => {
    for (let index = 1; index <= 12; index += 1) await create({ amount: index, recipient_note: `Table ${index}` })
    simulator.markPaid(99301)
    const ids = async (body: unknown) => itemsOf(await post('getMyUnusedLinks', body)).map((item) => item.linktopay_id)
    expect(await ids({})).toEqual([
      '99300',
      '99299',
      '99298',
      '99297',
      '99296',
      '99295',
      '99294',
      '99293',
      '99292',
      '99291'
    ])
    expect(await ids({ limit: 2 })).toEqual(['99300', '99299'])
    expect(await ids({ search: 'table 1' })).toEqual(['99300', '99299', '99290'])
    expect(await ids({ search: 'TABLE 12' })).toEqual([])
  })

  it('getMyUsedLinks: only used, most recently paid first, with paid_on and without pay_link or qr_img', async () => {
    await create({ amount: 12.5, recipient_note: 'Invoice 2026-0040' })
    await create({ amount: 3 })
    await create({ amount: 4 })
    simulator.markPaid(99291, new Date('2026-05-12T18:00:00Z'))
    simulator.markPaid(99290, new Date('2026-05-12T18:10:17Z'))
    const answer = await post('getMyUsedLinks', {})
    expect(answer.body).toMatchObject({ ResponseCode: 1, ResponseMsg: 'List retrived successfully', Result: 'True' })
    const documented = (fixture('getMyUsedLinks') as { data: Record<string, unknown>[] }).data[0]
    const [first, second] = itemsOf(answer)
    expect(JSON.stringify(first)).toBe(
      JSON.stringify({ ...documented, linktopay_id: '99290', user_id: simulator.links()[0]?.userId })
    )
    expect(second).toEqual(
      expect.objectContaining({ linktopay_id: '99291', paid_on: '2026-05-12 20:00:00', amount: '3.00' })
    )
  })

  it('deleteLink: an unused link is deleted and leaves every list', async () => {
    const link = await create({ amount: 5, recipient_note: 'to delete' })
    expect((await post('deleteLink', { link_id: String(link.id) })).body).toEqual({
      ResponseCode: 1,
      ResponseMsg: 'Link has been deleted successfully',
      Result: 'True',
      ServerTime: 'CEST'
    })
    expect(itemsOf(await post('getMyUnusedLinks', {}))).toEqual([])
    expect(itemsOf(await post('getMyUsedLinks', {}))).toEqual([])
    expect(simulator.links()).toEqual([])
  })

  it("deleteLink refuses used, unknown, other accounts' and missing links with the documented messages", async () => {
    const used = await create({ amount: 5 })
    simulator.markPaid(used.id)
    const others = await create({ amount: 6 }, 'key-b')
    const answerTo = async (body: unknown) => {
      const answer = await post('deleteLink', body)
      return [answer.status, (answer.body as { ResponseMsg: string }).ResponseMsg]
    }
    expect(await answerTo({ link_id: used.id })).toEqual([400, 'This link is already used'])
    expect(await answerTo({ link_id: 1 })).toEqual([404, 'Invalid link ID'])
    expect(await answerTo({ link_id: 'abc' })).toEqual([404, 'Invalid link ID'])
    expect(await answerTo({ link_id: others.id })).toEqual([404, 'Invalid link ID'])
    expect(await answerTo({})).toEqual([400, 'Please enter link_id'])
    expect(simulator.links()).toHaveLength(2)
  })

  it('getPayInTransactions: one Success item per paid link, pay_id = link id, money as strings with a 1% fee', async () => {
    await create({ amount: 12.5, recipient_note: 'Invoice 2026-0040' })
    simulator.markPaid(99290, new Date('2026-05-12T18:10:17Z'))
    const answer = await post('getPayInTransactions', {})
    const documented = (fixture('getPayInTransactions') as { data: Record<string, unknown>[] }).data[0]
    expect(itemsOf(answer)).toEqual([{ ...documented, pay_id: 99290 }])
  })

  it('getPayInTransactions filters by pay_id, search, date, since, and pages with limit and page', async () => {
    for (let index = 0; index < 5; index += 1) await create({ amount: 1 + index, recipient_note: `Sale ${index}` })
    for (let index = 0; index < 5; index += 1)
      simulator.markPaid(99290 + index, new Date(Date.UTC(2026, 4, 10 + index, 10)))
    const payIds = async (body: unknown) => itemsOf(await post('getPayInTransactions', body)).map((item) => item.pay_id)
    expect(await payIds({})).toEqual([99294, 99293, 99292, 99291, 99290])
    expect(await payIds({ pay_id: '99292' })).toEqual([99292])
    expect(await payIds({ search: 'sale 3' })).toEqual([99293])
    expect(await payIds({ date: '2026-05-11' })).toEqual([99291])
    expect(await payIds({ since: 7 })).toEqual([99294, 99293])
    expect(await payIds({ limit: 2, page: 2 })).toEqual([99292, 99291])
  })

  it('each key is its own account: links of one key are invisible to another', async () => {
    await create({ amount: 1, recipient_note: 'A' })
    await create({ amount: 2, recipient_note: 'B' }, 'key-b')
    expect(itemsOf(await post('getMyUnusedLinks', {}, 'key-b')).map((item) => item.recipient_note)).toEqual(['B'])
    await create({ amount: 3, recipient_note: 'A again' })
    const userIdOf = (apiKey: string) => [
      ...new Set(
        simulator
          .links()
          .filter((link) => link.apiKey === apiKey)
          .map((link) => link.userId)
      )
    ]
    const [userA, userB] = [userIdOf('key-a'), userIdOf('key-b')]
    expect([userA, userB]).toEqual([[expect.stringMatching(UUID)], [expect.stringMatching(UUID)]])
    expect(userA).not.toEqual(userB)
    expect(itemsOf(await post('getMyUnusedLinks', {}, 'key-b')).map((item) => item.user_id)).toEqual(userB)
  })

  it('missing token → 401 "Please enter token"; unknown key → 401 "No user found with the provided API key."', async () => {
    expect(await post('getMyUnusedLinks', {}, null)).toMatchObject({
      status: 401,
      body: { ResponseMsg: 'Please enter token' }
    })
    expect(await post('getMyUnusedLinks', {}, '')).toMatchObject({
      status: 401,
      body: { ResponseMsg: 'Please enter token' }
    })
    expect(await post('getMyUnusedLinks', {}, 'nope')).toMatchObject({
      status: 401,
      body: {
        ResponseCode: 0,
        ResponseMsg: 'No user found with the provided API key.',
        Result: 'False',
        ServerTime: 'CEST'
      }
    })
    expect((await post('getMyUnusedLinks', {}, 'nope')).body).not.toHaveProperty('data')
  })

  it('non-POST → 405 envelope with Allow: POST; unknown endpoint → 404 envelope; unreadable JSON → 400', async () => {
    const viaGet = await rawPost(`${simulator.baseUrl}getMyUnusedLinks`, null, { token: 'key-a', method: 'GET' })
    expect(viaGet).toMatchObject({
      status: 405,
      body: { ResponseCode: 0, ResponseMsg: 'Method not allowed', Result: 'False' }
    })
    expect(viaGet.headers.get('allow')).toBe('POST')
    expect(await post('refundEverything', {})).toMatchObject({
      status: 404,
      body: { ResponseCode: 0, ResponseMsg: 'Endpoint not found' }
    })
    expect(await post('constructor', {})).toMatchObject({ status: 404 })
    expect(await post('createLink', '{"amount": 5')).toMatchObject({ status: 400, body: { ResponseCode: 0 } })
  })

  it('has no routes besides the API: no control or fault injection over HTTP', async () => {
    await create({ amount: 1 })
    for (const path of ['__sim/markPaid', '__sim/faults', '__sim/latency', '__sim/reset', '__sim/links']) {
      const url = simulator.baseUrl.replace('/api/v2/', `/${path}`)
      expect(await rawPost(url, { linkId: 99290, fault: 'http500', ms: 1000 })).toMatchObject({
        status: 404,
        body: { ResponseCode: 0, ResponseMsg: 'Endpoint not found' }
      })
    }
    expect(simulator.links()).toMatchObject([{ id: 99290, status: 'Unused' }])
    expect((await post('getMyUnusedLinks', {})).status).toBe(200)
  })
})

describe('standalone simulator script', () => {
  it('node --experimental-strip-types scripts/start-simulator.ts prints a base URL that answers', async () => {
    const script = join(import.meta.dirname, '../../../scripts/start-simulator.ts')
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script, '0', 'script-key'], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    try {
      const baseUrl = await Promise.race([
        new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve)),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no base URL within 5 s')), 5000))
      ])
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2\/$/)
      const answer = await rawPost(`${baseUrl}getMyUnusedLinks`, {}, { token: 'script-key' })
      expect(answer).toMatchObject({ status: 200, body: { ResponseMsg: 'List retrived successfully' } })
    } finally {
      child.kill('SIGTERM')
    }
  })
})
