import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Electron may be imported (as a value) only by these thin glue files; everything else stays testable in Node. */
const ELECTRON_GLUE = [
  'src-main/index.ts',
  'src-main/ipc/register-ipc.ts',
  'src-main/settings/electron-settings-storage.ts',
  'src-main/window/books-output.ts',
  'src-main/window/customer-window.ts',
  'src-main/window/keep-awake.ts',
  'src-main/window/main-window.ts',
  'src-main/window/receipt-print-window.ts',
  'src-main/window/security-policy.ts',
  'src-preload/index.ts'
]

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', '.tools/', 'test-output/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.display.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname
      }
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // One order for imports everywhere: packages, then the project's own files by path; a diff shows what changed.
      'simple-import-sort/imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Handlers and test fakes are async by contract (they answer a Promise); many answer at once, without await.
      '@typescript-eslint/require-await': 'off'
    }
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    // vitest types its asymmetric matchers (expect.any, expect.stringMatching) as `any`.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' }
  },
  // Plain JavaScript (config, the test runner, browser probes) has no types to check against.
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src-main/**/*.ts', 'src-preload/**/*.ts'],
    ignores: ELECTRON_GLUE,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Keep Electron in the thin glue files so this module stays testable without the binary.',
              allowTypeImports: true
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'node:*', '**/src-main/**'], message: 'The renderer sees only window.counter.' }
          ]
        }
      ]
    }
  }
)
