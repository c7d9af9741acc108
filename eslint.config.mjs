/**
 * Lint: typescript-eslint's recommended rules, React hooks, a complexity cap, and the architecture's
 * import boundaries (docs/EXTENDING.md): the domain is pure, the client talks to the back end only
 * through the shared kernel and types, and production code never imports the emulator.
 * `npm run lint` runs it; `npm test` runs it (and `tsc --noEmit`) before any test.
 */
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Imports a pure domain may not make: no I/O, no use cases, no SDK. */
const DOMAIN_FORBIDDEN = [
  {
    group: ['**/infra/**', '**/infra', '**/actions/**', '**/actions'],
    message: 'The domain is pure: it imports neither infra nor use cases.',
  },
  { group: ['wx-server-sdk', 'node:*', 'fs', 'path'], message: 'The domain is pure: no SDK and no I/O.' },
]
const NO_EMULATOR = { group: ['**/emulator/**', '**/emulator'], message: 'Production code never imports the emulator.' }
/** Use cases reach the database only through a repository (infra/repositories/), the one place each collection is queried. */
/**
 * Issue 15: a use case reads its payload with checkedInput (infra/content.ts), which parses it and
 * sends every free-text field its schema has through the content check; parseInput alone would
 * save text nobody checked.
 */
const UNCHECKED_INPUT = {
  group: ['**/domain/validation'],
  importNames: ['parseInput'],
  message: 'Read a payload with checkedInput (infra/content.ts): it parses it and checks every free-text field.',
}
/**
 * Issue 17: server code (cloudfunctions/, shared/) validates with zod/mini, zod's functional API —
 * about 30 KB in a function's bundle where classic zod (`zod`, `zod/v4`) costs over 100 KB with its
 * method chains and English locale, and a cloud function's size is its cold start (docs/DEPLOY.md, Sizes).
 */
const ZOD_MINI_ONLY = {
  regex: '^zod(?!/mini$)(/.*)?$',
  message:
    "Server code imports only zod/mini (`import * as z from 'zod/mini'`): classic zod adds ~75 KB to every function bundle, a slower cold start (docs/DEPLOY.md, Sizes).",
}
/**
 * Issue 17: zod/mini's `z.core` as a value brings all of zod's core and locales into the bundle
 * (~400 KB), `z.locales` every locale (~260 KB); `z.config` is only there to install one. As types
 * (`z.core.$ZodIssue`) they cost nothing, and the functions write every message themselves.
 */
const ZOD_HEAVY_VALUES = {
  selector: "MemberExpression[object.name='z'][property.name=/^(core|config|locales)$/]",
  message:
    "zod/mini: `z.core` and `z.locales` as values bundle all of zod's locales (260–400 KB), and `z.config` would install one: use `z.core` as a type only, and give every message in Chinese (docs/DEPLOY.md, Sizes).",
}
/** Issue 17: zod's named `z` export keeps every locale of zod in a bundle (~300 KB). */
const ZOD_NAMESPACE = {
  selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']",
  message: "Import zod as a namespace: `import * as z from 'zod'` (the named `z` bundles every locale; docs/DEPLOY.md, Sizes).",
}
const USE_CASE_FORBIDDEN = [
  { group: ['**/infra/store'], message: 'Use cases query the database through a repository (infra/repositories/), not the store.' },
  {
    group: ['**/infra/cloud'],
    importNames: ['database', 'sdk'],
    message: 'Use cases reach the database through a repository and the SDK through an infra adapter.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-h5/**',
      '.test-build/**',
      'test-results/**',
      '.data/**',
      'coverage/**',
      'cloudfunctions/*/index.js',
      'cloudfunctions/*/node_modules/**',
      'scripts/stubs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node, ...globals.es2021 } },
    rules: {
      complexity: ['error', 12],
      // The SDK's results and WeChat's payloads are untyped at the edge; `any` there is deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-require-imports': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-restricted-syntax': ['error', ZOD_NAMESPACE],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, wx: 'readonly', APP_ENV: 'readonly' } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The client imports values only from the shared kernel; anything else of the back end as types.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@domain/*', '**/cloudfunctions/**'],
              allowTypeImports: true,
              message: 'The client value-imports only the shared kernel (@shared/*); the domain as types.',
            },
            NO_EMULATOR,
          ],
        },
      ],
    },
  },
  {
    // Issue 13: the client is split to be carried — no component or hook over 80 lines (split it
    // the way pages/detail/ is).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['cloudfunctions/*/domain/**/*.ts', 'shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...DOMAIN_FORBIDDEN, NO_EMULATOR, ZOD_MINI_ONLY] }] },
  },
  {
    files: ['cloudfunctions/**/*.ts'],
    ignores: ['cloudfunctions/*/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_EMULATOR, ZOD_MINI_ONLY] }] },
  },
  {
    files: ['cloudfunctions/complaint/actions/**/*.ts', 'cloudfunctions/complaint/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...USE_CASE_FORBIDDEN, UNCHECKED_INPUT, NO_EMULATOR, ZOD_MINI_ONLY] }] },
  },
  {
    files: ['cloudfunctions/report/actions/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UNCHECKED_INPUT, NO_EMULATOR, ZOD_MINI_ONLY] }] },
  },
  {
    files: ['cloudfunctions/**/*.ts', 'shared/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ZOD_NAMESPACE, ZOD_HEAVY_VALUES] },
  },
  {
    // Tests, the emulator and scripts are not production code: the cap does not apply, requires are fine.
    files: ['test/**', 'emulator/**', 'scripts/**', 'config/**', '*.js', '*.mjs'],
    rules: { complexity: 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
)
