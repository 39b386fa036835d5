/** Jest runs TypeScript through ts-jest in transpile-only mode; `npm run typecheck` does the type checking once. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  globalSetup: '<rootDir>/test/support/globalSetup.js',
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { ignoreDeprecations: '6.0', module: 'commonjs', moduleResolution: 'node10', target: 'ES2020', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
