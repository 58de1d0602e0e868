import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'

import { build, type InlineConfig, type Plugin } from 'vite'

const PAGE_SOURCE = resolve('src-renderer/customer-display')

/** Where the display server (src-main/customer-display) finds the page: beside main, preload and renderer in out/. */
export const CUSTOMER_DISPLAY_OUT_DIR = resolve('out/customer-display')

/** The page's markup is static: it goes into the output as it is, next to the script and style it loads. */
function copyPageMarkup(): Plugin {
  return {
    name: 'secpaid:customer-display-markup',
    async generateBundle() {
      const source = await readFile(resolve(PAGE_SOURCE, 'index.html'), 'utf8')
      this.emitFile({ type: 'asset', fileName: 'index.html', source })
    }
  }
}

/**
 * The customer display page as its own small build: one classic script (IIFE) for ES2017 and one style sheet,
 * with fixed names the page's markup refers to. Phones and tablets bring browsers far older than Electron's
 * Chromium, so it cannot share the cashier renderer's target, and its files stay apart from the renderer's.
 */
export const customerDisplayBuild: InlineConfig = {
  configFile: false,
  root: PAGE_SOURCE,
  publicDir: false,
  logLevel: 'warn',
  plugins: [copyPageMarkup()],
  build: {
    outDir: CUSTOMER_DISPLAY_OUT_DIR,
    emptyOutDir: true,
    target: 'es2017',
    minify: true,
    sourcemap: false,
    lib: {
      entry: resolve(PAGE_SOURCE, 'display.ts'),
      formats: ['iife'],
      name: 'customerDisplay',
      fileName: () => 'display.js',
      cssFileName: 'display'
    }
  }
}

/**
 * Builds the page whenever electron-vite builds or serves the renderer, so `electron-vite build`, `preview`
 * (`npm start`) and `dev` all leave it in out/customer-display.
 */
export function customerDisplayPage(): Plugin {
  return {
    name: 'secpaid:customer-display-page',
    async buildStart() {
      await build(customerDisplayBuild)
    }
  }
}
