import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'tests/artifacts/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['mini-app/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Only src/platform may talk to zmp-sdk, so the browser fallback and tests stay honest.
    files: ['mini-app/src/**/*.{ts,tsx}'],
    ignores: ['mini-app/src/platform/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['zmp-sdk', 'zmp-sdk/*'] }] },
  },
  {
    // Scripts and the CLI print for humans and for the acceptance checks.
    files: ['scripts/**', 'tests/**', '**/cli.ts', 'bot-server/src/main.ts', 'bot-server/src/commands/**'],
    rules: { 'no-console': 'off' },
  },
);
