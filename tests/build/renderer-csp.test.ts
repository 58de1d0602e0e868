import { beforeAll, describe, expect, it } from 'vitest'

import { devServerPolicy } from '../../config/dev-server-csp'
import { readProjectFile, requireBuiltOutput } from './built-output'

const policyOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
const directives = (policy: string) =>
  new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/)
      return [name, sources] as const
    })
  )

describe("the renderer's Content-Security-Policy", () => {
  const sourcePolicy = policyOf(readProjectFile('src-renderer/index.html')) ?? ''

  beforeAll(() => requireBuiltOutput())

  it('has no frame-ancestors in the meta tag, where browsers ignore it and log an error on every load', () => {
    expect(sourcePolicy).toMatch(/default-src 'none'/)
    expect(sourcePolicy).not.toContain('frame-ancestors')
  })

  it('the built app keeps the strict policy: no nonce, no inline code, no connections', () => {
    const built = readProjectFile('out/renderer/index.html')
    expect(policyOf(built)).toBe(sourcePolicy)
    expect(built).not.toMatch(/nonce|csp-nonce|unsafe-/)
    const policy = directives(sourcePolicy)
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('style-src')).toEqual(["'self'"])
    expect(policy.get('connect-src')).toEqual(["'none'"])
  })

  it('the dev server adds only its nonce to style-src and its own host to connect-src', () => {
    const relaxed = directives(devServerPolicy(sourcePolicy, 'Tm9uY2U='))
    const strict = directives(sourcePolicy)
    expect(relaxed.get('style-src')).toEqual(["'self'", "'nonce-Tm9uY2U='"])
    expect(relaxed.get('connect-src')).toEqual(["'self'"])
    for (const [name, sources] of strict) {
      if (name !== 'style-src' && name !== 'connect-src') expect(relaxed.get(name), name).toEqual(sources)
    }
    expect([...relaxed.keys()]).toEqual([...strict.keys()])
  })
})
