// One Jest run for the whole repository: unit tests beside the code (*.spec.ts) and system tests over HTTP in
// test/ (*.e2e-spec.ts). A real PostgreSQL is started once in globalSetup; each test file gets its own database.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace(/\//g, '\\/')}$`, `<rootDir>/${target}`]),
);

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,db}/**/*.spec.ts', '<rootDir>/apps/web/**/*.spec.tsx', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: {
    // The web application's component tests (each file opts into jsdom with a @jest-environment docblock).
    '^.+\\.tsx$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: { ...moduleNameMapper, '\\.css$': '<rootDir>/apps/web/test/style-module.js' },
  // Decorator metadata is recorded only if Reflect.metadata exists when a class is defined.
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  testTimeout: 60000,
  maxWorkers: process.env.CI ? 2 : '50%',
};
