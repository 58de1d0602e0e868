import { afterEach, describe, expect, it } from 'vitest'

import { type Channel, CHANNEL_NAMES, channels } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { VALID_REQUESTS } from '../../support/valid-requests'

const PIN = '246810'

let bench: DemoBackend | null = null
afterEach(async () => {
  await bench?.close()
  bench = null
})

const withAccess = (access: string): Channel[] => CHANNEL_NAMES.filter((name) => channels[name].access === access)

/** The PIN set and Settings left; auto-lock on with `scope`, so `lockCounter` locks the counter. */
async function ownerLeft(scope: 'everything' | 'owner'): Promise<DemoBackend> {
  bench = await openDemoBackend({ testing: { requestBudget: null } })
  expect(await bench.call('setSettingsPin', { pin: PIN })).toMatchObject({ ok: true })
  expect(await bench.call('updateSettings', { autoLockMinutes: 5, autoLockScope: scope })).toMatchObject({ ok: true })
  expect(await bench.call('lockSettings', {})).toMatchObject({ ok: true })
  return bench
}

const refusalOf = async (till: DemoBackend, channel: Channel) => {
  const answer = await till.call(channel, VALID_REQUESTS[channel])
  return answer.ok ? null : answer.error.code
}

describe('who may call a channel is a property of the channel in the contract, and main’s gate follows it', () => {
  it('every channel names one of the four kinds of access, and each kind holds the channels it always has', () => {
    for (const name of CHANNEL_NAMES) {
      expect(['lock_screen', 'selling', 'owner', 'owner_settings'], name).toContain(channels[name].access)
    }
    expect(withAccess('lock_screen').sort()).toEqual(
      [
        'getSettings',
        'journalStatus',
        'lockCounter',
        'lockSettings',
        'lockStatus',
        'unlockSettings',
        // Staff: who is at the counter, their sign-in and "switch cashier" (src-main/staff/).
        'staffStatus',
        'signIn',
        'signOut'
      ].sort()
    )
    expect(withAccess('owner_settings')).toEqual(expect.arrayContaining(['updateSettings', 'setApiKey', 'quitApp']))
    expect(withAccess('selling')).toEqual(expect.arrayContaining(['charge', 'watchLink', 'checkNow']))
    expect(withAccess('owner')).toEqual(expect.arrayContaining(['refundSale', 'salesHistory', 'cancelSale']))
  })

  it('with Settings locked, exactly the owner_settings channels are refused as locked', async () => {
    const till = await ownerLeft('everything')
    for (const channel of CHANNEL_NAMES) {
      if (channel === 'quitApp' || channel === 'lockSettings' || channel === 'lockCounter') continue
      const refusal = await refusalOf(till, channel)
      expect(refusal === 'locked', channel).toBe(channels[channel].access === 'owner_settings')
    }
  })

  it('with the counter locked, only the lock screen is answered; with scope "owner" selling goes on too', async () => {
    for (const scope of ['everything', 'owner'] as const) {
      const till = await ownerLeft(scope)
      expect(await till.call('lockCounter', {})).toEqual({ ok: true, value: {} })
      for (const channel of CHANNEL_NAMES) {
        if (channel === 'lockSettings' || channel === 'lockCounter' || channel === 'unlockSettings') continue
        const { access } = channels[channel]
        const answered = access === 'lock_screen' || (scope === 'owner' && access === 'selling')
        expect((await refusalOf(till, channel)) === 'counter_locked', `${scope}: ${channel}`).toBe(!answered)
      }
      await till.close()
      bench = null
    }
  })

  it('in kiosk mode the channels that open a dialog of the system need the PIN each time', async () => {
    bench = await openDemoBackend({ testing: { requestBudget: null } })
    expect(await bench.call('setSettingsPin', { pin: PIN })).toMatchObject({ ok: true })
    expect(await bench.call('updateSettings', { kioskMode: true })).toMatchObject({ ok: true })
    expect(await bench.call('lockSettings', {})).toMatchObject({ ok: true })
    for (const channel of CHANNEL_NAMES) {
      if (channel === 'quitApp' || channel === 'lockSettings' || channel === 'lockCounter') continue
      const dialog = channels[channel].dialog
      const refusal = await refusalOf(bench, channel)
      // Without silent printing a receipt opens the print dialog too.
      expect(refusal === 'dialog_pin_required', channel).toBe(dialog !== 'never')
    }
  })
})
