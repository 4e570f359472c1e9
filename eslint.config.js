// Lint: ESLint's recommended rules and typescript-eslint's type-aware strict rules, on source, tests and
// benchmarks. Type-checking itself is `tsc` (npm run typecheck); this catches what compiles but is
// likely wrong (a promise not awaited, an object in a message, a condition that is always true).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'coverage/**', '.ci/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_`-prefixed names are deliberately unused (a field dropped by destructuring, say).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Numbers in messages are what messages are made of; objects, undefined and null are still caught.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(m) => log.push(m)` as a callback is the idiom; a void value used as a value is still caught.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Tests read JSON documents and fake services' request bodies of any shape, and index into results
    // they have just asserted the shape of: a wrong guess fails the test, which is the point.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript (bin/perf-gate.js, the benchmark modules the runners load, this file) is outside
    // the TypeScript project on purpose: bin/ must run on any Node without type stripping, and the
    // benchmark modules are what users write. Without types there is nothing for the type-aware rules
    // to check, so these files get the syntax-only rules: a parse error here would hide real ones.
    // (vitest.config.ts is TypeScript, so it joins the project instead: tsconfig.json includes it.)
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
