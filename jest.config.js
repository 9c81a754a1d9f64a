// Unit specs sit beside the code; end-to-end suites live in test/. Both compile with swc.
const swcConfig = {
  swcrc: false,
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const aliases = {
  '^@app/accounts$': '<rootDir>/libs/accounts/src',
  '^@app/accounts/(.*)$': '<rootDir>/libs/accounts/src/$1',
  '^@app/(facade-kit|api-v2|venus|users|infinite|oauth-v1|vcode)$': '<rootDir>/libs/$1/src',
};

// file-type and its helpers ship only ES modules; swc turns them into CommonJS for jest.
const esmPackages = ['file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', '@borewit', 'peek-readable'];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // TypeORM keeps its decorator metadata on a global; jest must not sweep it between files.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcConfig] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: aliases,
  moduleFileExtensions: ['ts', 'js', 'json'],
};

// Process-level suites (the built server as child processes); those under mysql/ need MariaDB and Redis.
const systemMatch = ['<rootDir>/test/system/*.system-spec.ts'];
if (process.env.TEST_MYSQL_URL) systemMatch.push('<rootDir>/test/system/mysql/*.system-spec.ts');

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.js',
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/architecture/*.spec.ts'] },
    // Repository specs (`*.db-spec.ts`) on the database TEST_MYSQL_URL names, else on SQLite; scripts/test-mysql.js runs them too.
    { ...common, displayName: 'repositories', testMatch: ['<rootDir>/libs/**/*.db-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    { ...common, displayName: 'system', testMatch: systemMatch },
  ],
};
