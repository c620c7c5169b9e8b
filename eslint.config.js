// ESLint (flat config): typescript-eslint's type-aware rules, and the rooms enforced with
// eslint-plugin-boundaries. See docs/architecture.md for what each room is.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/** The rooms of src/, and the tools around them. */
const ROOMS = [
  { type: 'engine', pattern: 'src/engine/**' },
  { type: 'storage', pattern: 'src/storage/**' },
  { type: 'shared', pattern: 'src/shared/**' },
  { type: 'scenes', pattern: 'src/scenes/**' },
  { type: 'ui', pattern: 'src/ui/**' },
  { type: 'cli', pattern: 'src/cli/**' },
  { type: 'build', pattern: 'src/build/**' },
  { type: 'live', pattern: 'src/live/**', partialMatch: false },
  // partialMatch false: 'server/**' would also match tests/server/.
  { type: 'server', pattern: 'server/**', partialMatch: false },
  { type: 'scripts', pattern: 'scripts/**' },
  { type: 'tests', pattern: 'tests/**' },
  { type: 'bench', pattern: 'bench/**' },
];

/** Who may import whom. The engine is pure; views never reach the command-line tools. */
const ALLOWED = [
  { from: 'engine', allow: ['engine'] },
  { from: 'storage', allow: ['engine', 'storage'] },
  { from: 'shared', allow: ['engine', 'shared'] },
  { from: 'scenes', allow: ['engine', 'shared', 'scenes'] },
  { from: 'ui', allow: ['engine', 'shared', 'storage', 'ui', 'scenes'] },
  { from: 'build', allow: ['engine', 'build'] },
  // The live classroom: its pages (src/live) and its Node server share the message schemas.
  { from: 'live', allow: ['engine', 'shared', 'live', 'ui'] },
  { from: 'server', allow: ['engine', 'build', 'live', 'server'] },
  { from: 'cli', allow: ['engine', 'build', 'cli'] },
  // scripts/vite-plugin-opening.ts renders the app's own title and first fork at build time.
  // scripts/live-screenshots.ts starts the live classroom server to photograph it.
  { from: 'scripts', allow: ['engine', 'build', 'shared', 'cli', 'scripts', 'ui', 'live', 'server'] },
  { from: 'bench', allow: ['engine', 'build', 'cli', 'live', 'bench', 'tests'] },
  { from: 'tests', allow: ['engine', 'storage', 'shared', 'scenes', 'ui', 'cli', 'build', 'scripts', 'live', 'server', 'tests'] },
];

/** The browser and Node globals the engine must never touch: it runs in both and in tests. */
const IMPURE = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'history',
  'fetch',
  'process',
  'requestAnimationFrame',
];

export default tseslint.config(
  { ignores: ['dist/**', '.cache/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ROOMS,
      'boundaries/include': ['src/**', 'server/**', 'scripts/**', 'tests/**', 'bench/**'],
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: ALLOWED.map(({ from, allow }) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: allow } } } },
          })),
          message: 'This room may not import that one (see docs/architecture.md, Rooms)',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML'], AssignmentExpression[left.property.name='outerHTML']",
          message: 'No innerHTML: build DOM with h() so story and user text only ever become text nodes.',
        },
      ],
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...IMPURE.map((name) => ({ name, message: 'The engine is pure: no DOM, storage or process here.' })),
      ],
    },
  },
  {
    // One idea per file (docs/architecture.md): no source file over 300 lines. Stylesheets are
    // held to the same by tests/unit/fileSize.test.ts; map data lives in JSON beside its script.
    files: ['src/**', 'server/**', 'scripts/**', 'tests/**', 'bench/**'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The session stores share one async interface (Redis answers later); SQLite answers at once.
    files: ['server/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
