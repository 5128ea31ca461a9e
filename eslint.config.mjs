// Lint rules, including the architecture rules of the design: which layer may import what.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const framework = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'electron', '@xyflow/react', '@dnd-kit/*', 'jspdf'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // shared/ is pure: no UI framework, no database, no Electron, and never the app layers.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: framework.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'shared/ is pure TypeScript: no React, Dexie or Electron.' })),
        patterns: [
          { group: ['@dnd-kit/*', 'react-dom/*'], message: 'shared/ is pure TypeScript.' },
          { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import the app layers.' },
        ],
      }],
    },
  },
  // The renderer reaches the shell only through renderer/platform and the preload bridge.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The renderer talks to Electron only through renderer/platform.' },
          { name: 'dexie', message: 'Only renderer/data touches the database.' },
          { name: 'dexie-react-hooks', message: 'Only renderer/data touches the database.' },
        ],
        patterns: [{ group: ['**/electron/**'], message: 'renderer/ never imports electron/.' }],
      }],
    },
  },
  {
    files: ['renderer/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to Electron only through renderer/platform.' }],
        patterns: [{ group: ['**/electron/**'], message: 'renderer/ never imports electron/.' }],
      }],
    },
  },
  // The desktop shell never reaches into the UI.
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'react', message: 'electron/ has no UI code.' }, { name: 'dexie', message: 'electron/ does not touch the database.' }],
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
      }],
    },
  },
);
