import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'

import { PROJECT_ROOT } from './built-output'

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')
/** What a newcomer sees before the first section heading. */
const firstScreen = readme.slice(0, readme.indexOf('\n## '))

describe("the README's first screen", () => {
  it('says what the app is, shows it, then how to run it, test it, and what it needs, in that order', () => {
    const order = ['point-of-sale', '](docs/counter-demo.png)', 'npm install\nnpm start', 'npm test', '22.12']
    const positions = order.map((text) => firstScreen.indexOf(text))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(firstScreen).toMatch(/Chromium/)
    expect(firstScreen).toMatch(/Linux, macOS or Windows desktop/)
    expect(firstScreen).toMatch(/No root needed/)
  })

  it('shows a screenshot of the counter kept in the repository', () => {
    const path = join(PROJECT_ROOT, 'docs/counter-demo.png')
    expect(existsSync(path)).toBe(true)
    const png = PNG.sync.read(readFileSync(path))
    expect({ width: png.width, height: png.height }).toEqual({ width: 1280, height: 800 })
  })

  it('puts nothing a newcomer must read below the benchmark tables', () => {
    const performance = readme.indexOf('\n## Performance')
    for (const section of ['\n## Run it', '\n## Test it', '\n## Architecture']) {
      expect(readme.indexOf(section)).toBeLessThan(performance)
    }
    expect(readme).not.toMatch(/must run as root/)
  })
})
