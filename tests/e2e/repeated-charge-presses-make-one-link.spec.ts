import type { TestSecPaid } from '../support/test-secpaid'
import { expect, test } from './counter-fixture'
import { createLinkRequests, tapKeys } from './counter-helpers'

/**
 * A slow SecPaid keeps the first charge in flight while the extra presses land, which is when a second link
 * could be made. The check waits for every createLink the simulator received to be answered, then counts them.
 */
async function expectExactlyOneLink(simulator: TestSecPaid): Promise<void> {
  await expect.poll(() => createLinkRequests(simulator).every((request) => request.status !== null)).toBe(true)
  expect(createLinkRequests(simulator)).toHaveLength(1)
  expect(simulator.links()).toHaveLength(1)
}

test.describe('pressing Charge more than once while it works makes exactly one link', () => {
  test.beforeEach(({ counter }) => counter.demoSecPaid.setLatency(400))

  test('double-click', async ({ counter }) => {
    const { page, demoSecPaid } = counter
    await tapKeys(page, ['2', '5', '0'])
    await page.getByTestId('charge-button').dblclick()
    await expect(page.getByTestId('qr-screen')).toBeVisible()
    await expectExactlyOneLink(demoSecPaid)
  })

  test('rapid triple click', async ({ counter }) => {
    const { page, demoSecPaid } = counter
    await tapKeys(page, ['2', '5', '0'])
    await page.getByTestId('charge-button').click({ clickCount: 3, delay: 0 })
    await expect(page.getByTestId('qr-screen')).toBeVisible()
    await expectExactlyOneLink(demoSecPaid)
  })

  test('Enter held down (key repeat)', async ({ counter }) => {
    const { page, demoSecPaid } = counter
    await page.keyboard.type('250')
    for (let press = 0; press < 5; press += 1) await page.keyboard.down('Enter')
    await page.keyboard.up('Enter')
    await expect(page.getByTestId('qr-screen')).toBeVisible()
    await expectExactlyOneLink(demoSecPaid)
  })
})
