// Lint: typescript-eslint's type-aware recommended rules (the type checker answers, projectService), no-unsanitized
// so that no page HTML reaches innerHTML/insertAdjacentHTML/document.write without DOMPurify, and the layer
// boundaries the pipeline must keep (it receives a Document and returns data: no extension API, no page globals).
// dependency-cruiser (.dependency-cruiser.cjs) checks the import graph itself: no cycles, nothing imports upward.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

// Globals the pipeline never receives: it works on the Document it is handed (doc.defaultView is the one way in).
const pageGlobals = ['window', 'document', 'DOMParser', 'location', 'navigator', 'history', 'localStorage',
  'sessionStorage', 'fetch', 'XMLHttpRequest', 'self', 'top', 'parent', 'frames', 'screen', 'alert', 'confirm',
  'getComputedStyle', 'requestAnimationFrame', 'MutationObserver', 'Node', 'Element', 'HTMLElement', 'Text'];
const extensionGlobals = ['chrome', 'browser'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'scratch/', 'coverage/', '.dependency-cruiser.cjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Build and helper scripts are plain JavaScript outside the TypeScript project: syntax rules only.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  nounsanitized.configs.recommended,
  {
    // Tests build hostile and mutated documents on purpose, inside jsdom, never in an extension page.
    files: ['tests/unit/**/*.ts'],
    rules: { 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { object: 'document', property: 'write', message: 'Never write page HTML into a document.' }],
    },
  },
  {
    // The pipeline is pure: a Document in, data out. The boundary is kept here for globals and in
    // dependency-cruiser for the import graph.
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error',
        ...extensionGlobals.map((name) => ({ name, message: 'The pipeline never uses the extension API; it lives in src/extension.' })),
        ...pageGlobals.map((name) => ({ name, message: 'The pipeline only sees the Document it is given (doc.defaultView for its window).' }))],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['webextension-polyfill'], message: 'The pipeline never uses the extension API.' },
          { group: ['**/extension/**', '**/node/**'], message: 'The pipeline is the lowest layer; nothing above it is imported.' },
          { group: ['jsdom', 'node:*', 'fs', 'path'], message: 'The pipeline runs in browsers as well as Node.' },
        ],
      }],
    },
  },
);
