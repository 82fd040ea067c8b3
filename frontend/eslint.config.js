import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Imports that leave a folder by climbing two or more levels: cross such borders through `@/`. */
const climbing = {
  regex: String.raw`^(\.\./){2,}`,
  message: 'Import from outside this folder through the @/ alias.',
};

/** The arrows of docs/architecture.md: app → features → lib, components; no feature imports another. */
const boundaries = [
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^@/features/(?!${feature}(/|$))`,
              message: 'A feature never imports another feature: compose them in src/app.',
            },
            { regex: '^@/app(/|$)', message: 'Features do not import the app.' },
            climbing,
          ],
        },
      ],
    },
  })),
  {
    files: ['src/lib/**', 'src/components/**', 'src/locales/**', 'src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/(features|app)(/|$)',
              message: 'Shared code does not depend on features or the app.',
            },
            climbing,
          ],
        },
      ],
    },
  },
];

export default defineConfig(
  globalIgnores(['node/', 'target/', 'coverage/', 'src/lib/api-schema.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      ecmaVersion: 2023,
      globals: globals.browser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/!(__tests__)/': 'KEBAB_CASE' }],
      'check-file/folder-match-with-fex': ['error', { '*.test.{ts,tsx}': '**/__tests__/' }],
    },
  },
  {
    // Route modules and test helpers export more than components.
    files: ['src/app/**/*.tsx', 'src/testing/**/*.tsx', 'src/**/__tests__/**'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    // Test files share their worker's modules (vite.config.ts): a module replaced with vi.mock would stay replaced
    // for the files run after it, so such a file runs isolated, which its name says.
    files: ['src/**/*.test.{ts,tsx}'],
    ignores: ['src/**/*.isolated.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock)$/]",
          message: 'A test file that replaces modules runs isolated: name it *.isolated.test.tsx.',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  ...boundaries,
  prettier,
);
