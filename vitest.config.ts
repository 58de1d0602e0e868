import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Transformed by vitest, so the glue tests' mocked `electron` reaches electron-store's own import of it.
          server: { deps: { inline: ['electron-store'] } },
          include: [
            'tests/main/**/*.test.ts',
            'tests/glue/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'tests/security/**/*.test.ts',
            'tests/architecture/**/*.test.ts'
          ]
        }
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}']
        }
      }
    ]
  }
})
