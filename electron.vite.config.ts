import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

import { devServerCsp } from './config/dev-server-csp'
import { customerDisplayPage } from './vite.customer-display.config'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Only `dependencies` stay external, and package.json has none: electron-store (ESM-only), zod and qrcode are
      // devDependencies and so are bundled, which keeps qrcode's command-line dependencies out of app.asar.
      // books-worker: Settings → Books verifies and exports on a worker thread (src-main/books/books-job-runner.ts).
      rolldownOptions: {
        input: { index: resolve('src-main/index.ts'), 'books-worker': resolve('src-main/books/books-worker.ts') },
        // Whitespace and comments out, names and code shape kept: a defect report's stack still names the functions.
        output: { minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } } }
      }
    }
  },
  preload: {
    build: {
      // The preload checks main's events with the contract's zod schema: sandboxed, it can require only electron.
      externalizeDeps: { exclude: ['zod'] },
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or require npm packages: one CommonJS file.
      rolldownOptions: {
        input: { index: resolve('src-preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react(), customerDisplayPage(), devServerCsp()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default; minified it is about 40 % of the gzip size.
      minify: true,
      rolldownOptions: { input: { index: resolve('src-renderer/index.html') } }
    }
  }
})
