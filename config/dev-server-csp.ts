import { randomBytes } from 'node:crypto'

import type { Plugin } from 'vite'

/** The policy meta tag of src-renderer/index.html: the opening up to the policy, the policy, the closing quote. */
const POLICY_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/

/**
 * The renderer's policy with what Vite's dev server needs and nothing more: the <style> elements it injects for the
 * app's CSS carry the server's nonce (Vite's `html.cspNonce`), and its HMR websocket goes back to the page's own
 * host (`'self'` covers ws: there). Scripts load from the server itself, which `'self'` already allows; every other
 * directive stays as strict as in the built app.
 */
export function devServerPolicy(policy: string, nonce: string): string {
  const added: Record<string, string> = {
    'style-src': `'nonce-${nonce}'`,
    'connect-src': "'self'"
  }
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '')
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/)
      const source = added[name]
      if (source === undefined) return directive
      return [name, ...sources.filter((kept) => kept !== "'none'"), source].join(' ')
    })
    .join('; ')
}

/**
 * `npm run dev` only (`apply: 'serve'`): the strict policy would block Vite's injected styles and its HMR websocket,
 * leaving the dev window unstyled. The build never sees this plugin, so the packaged app keeps the strict policy.
 */
export function devServerCsp(): Plugin {
  const nonce = randomBytes(18).toString('base64')
  return {
    name: 'secpaid:dev-server-csp',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!POLICY_META.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag to relax')
        return html.replace(POLICY_META, (_tag, opening: string, policy: string, closing: string) => {
          return `${opening}${devServerPolicy(policy, nonce)}${closing}`
        })
      }
    }
  }
}
