// Lint rules that guard the architecture: exhaustive switches over error codes,
// awaited promises, and surfaces reaching the core only through @app/accounts.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'apps/server/src/metadata.ts', '**/*.js', '**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-namespace': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../../*'], message: 'Import across projects through an @app/* alias.' },
            { group: ['@app/accounts/*'], message: 'Surfaces use the core only through @app/accounts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/accounts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@nestjs/swagger', message: 'The core knows nothing about HTTP.' },
            { name: 'express', message: 'The core knows nothing about HTTP.' },
            { name: '@nestjs/platform-express', message: 'The core knows nothing about HTTP.' },
          ],
          patterns: [{ group: ['@app/*'], message: 'The core depends on no surface.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name=/^(HttpException|BadRequestException|NotFoundException|UnauthorizedException)$/]", message: 'The core throws AccountsError.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
);
