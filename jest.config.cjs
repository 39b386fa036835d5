/** Jest runs TypeScript through ts-jest in transpile-only mode; `npm run typecheck` does the type checking once. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  globalSetup: '<rootDir>/test/support/globalSetup.js',
  testMatch: ['**/*.test.ts'],
  // A hang guard, not a performance threshold: the machine has 2 cores and CI may be busy installing Chromium.
  testTimeout: 60000,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { ignoreDeprecations: '6.0', module: 'commonjs', moduleResolution: 'node10', target: 'ES2020', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
