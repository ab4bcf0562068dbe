// Lint: typescript-eslint's recommended type-aware rules, and no-unsanitized so that no page HTML
// reaches innerHTML/insertAdjacentHTML/document.write without DOMPurify.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'scratch/', 'coverage/'] },
  ...tseslint.configs.recommended,
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
);
