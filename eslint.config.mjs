// Lint: TypeScript's recommended rules, React hooks rules, and the import boundaries that keep
// the architecture honest (shared is pure; the renderer never reaches into main; services never
// touch Electron).
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = [
  'fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'url', 'child_process', 'worker_threads',
  'stream', 'util', 'events', 'buffer', 'zlib', 'tls', 'dns', 'module', 'process', 'readline',
]
// Bare builtin names are listed exactly (as paths), so a local module named ./path or ./events is not caught.
const nodeImports = [{ group: ['node:*'], message: 'Node APIs belong in src/main.' }]
const nodeBuiltinPaths = NODE_BUILTINS.map((name) => ({ name, message: 'Node APIs belong in src/main.' }))
const electronImport = { name: 'electron', message: 'Only the Electron shell (src/main/index.ts, src/main/shell) and the preload may import electron.' }
const sqliteImport = { name: 'better-sqlite3', message: 'The database belongs to src/main.' }

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.scratch/**', 'native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, sqliteImport, ...nodeBuiltinPaths],
          patterns: [
            ...nodeImports,
            { group: ['**/main/**', '**/main', '**/preload/**', '**/preload'], message: 'The renderer talks to main only through the contract (api/client.ts).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, sqliteImport, ...nodeBuiltinPaths, { name: 'react', message: 'src/shared is plain TypeScript.' }],
          patterns: [
            ...nodeImports,
            { group: ['**/main/**', '**/main', '**/preload/**', '**/preload', '**/renderer/**', '**/renderer'], message: 'src/shared imports nothing from main, preload or renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main does not import the renderer or preload.' }],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/main/**', '**/renderer/**', 'zod'], message: 'The preload stays tiny: electron and src/shared/bridge only.' }] },
      ],
    },
  },
)
