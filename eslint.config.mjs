// Lint: TypeScript's recommended rules, React hooks rules, and the import boundaries that keep
// the architecture honest (shared is pure; the renderer never reaches into main; services never
// touch Electron; the store stands alone; migrations stay frozen).
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
const mainImports = { group: ['**/renderer/**', '**/preload/**'], message: 'main does not import the renderer or preload.' }
// Migrations belong to the store: the rest of main reads live code, never a frozen copy.
const migrationImports = { group: ['**/store/migrations/**', '**/store/migrations'], message: 'Only the store imports migrations; use the live module in src/shared instead.' }
// The store knows its own file format and nothing of the API or the services built on it.
const storeImports = {
  group: ['**/shared/contract*', '**/api/**', '**/api', '**/services/**', '**/services'],
  message: 'The store does not import the API contract, the API or the services.',
}
const rendererPaths = [electronImport, sqliteImport, ...nodeBuiltinPaths]
const rendererPatterns = [
  ...nodeImports,
  { group: ['**/main/**', '**/main', '**/preload/**', '**/preload'], message: 'The renderer talks to main only through the contract (api/client.ts).' },
]
const sessionDrafts = {
  name: 'immer',
  importNames: ['produce', 'produceWithPatches', 'createDraft', 'finishDraft'],
  message: 'A session changes only through a named action (src/shared/session/actions): perform(action, params).',
}
// A shipped migration never changes (Signal's rule), so it may not follow live code that does.
const frozenMigrationImports = {
  regex: '^(?!\\.\\./migration$|\\./[^/]+\\.json$)\\.\\.?(/|$)',
  message: 'A migration imports only ../migration, packages and data frozen beside it (./*.json); copy what it needs into it.',
}

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
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererPatterns }],
    },
  },
  // A running session changes only through the named actions of src/shared/session/actions.
  {
    files: ['src/renderer/src/sections/sessions/**/*.{ts,tsx}', 'src/renderer/src/bench/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...rendererPaths, sessionDrafts], patterns: rendererPatterns }],
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
  // The call names are read by the sandboxed preload: a module that imports nothing at all.
  {
    files: ['src/shared/contract/names.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '.*', message: 'contract/names.ts imports nothing: the preload reads it.' }] }],
    },
  },
  // One block per part of main: a file gets the last block that matches it, so each lists every rule it keeps.
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/shell/**', 'src/main/store/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: [mainImports, migrationImports] }],
    },
  },
  {
    files: ['src/main/index.ts', 'src/main/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [migrationImports] }],
    },
  },
  {
    files: ['src/main/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: [mainImports, storeImports] }],
    },
  },
  {
    files: ['src/main/store/migrations/*.ts'],
    ignores: ['src/main/store/migrations/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: [mainImports, storeImports, frozenMigrationImports] }],
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
