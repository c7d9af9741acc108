/**
 * Jest projects: unit (pure rules: calendar, fields, place, clause traceability), domain (the complaint
 * function's domain in-process: transition table, effects, policy, views, queues), emulator (the database seam), integration (the built
 * cloud functions on the emulator), components (pages in jsdom), weapp (the compiled WeChat build in
 * miniprogram-simulate), e2e (H5 in Debian chromium).
 * Run through `npm test` (scripts/test.mjs), which builds what the tests load first.
 */
const base = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': 'babel-jest' },
  // The built function bundles are loaded as they are deployed, untransformed.
  transformIgnorePatterns: ['/node_modules/', '/cloudfunctions/[^/]+/index\\.js$'],
  moduleNameMapper: {
    '^@domain/(.*)$': '<rootDir>/cloudfunctions/complaint/domain/$1',
    '^@config/(.*)$': '<rootDir>/config/$1',
    '^@shared/(.*)$': '<rootDir>/shared/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  testEnvironment: 'node',
}

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    // The pure domain of the complaint function, in-process: transition table, effects, policy, views, queues.
    { ...base, displayName: 'domain', testMatch: ['<rootDir>/test/domain/**/*.test.ts'] },
    { ...base, displayName: 'emulator', testMatch: ['<rootDir>/test/emulator/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
    // Pages and components in jsdom: the H5 React tree with Taro's components as plain DOM and services faked.
    {
      ...base,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/components/**/*.test.{ts,tsx}'],
      setupFiles: ['<rootDir>/test/helpers/dom-setup.ts'],
      clearMocks: true,
      // Taro resolves `./transport` to `transport.h5.ts` in the H5 build; so do these tests.
      moduleFileExtensions: ['h5.tsx', 'h5.ts', 'tsx', 'ts', 'js', 'jsx', 'mjs', 'cjs', 'json', 'node'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/helpers/dom-taro.ts',
        '^@tarojs/components$': '<rootDir>/test/helpers/dom-components.tsx',
        '\\.(s?css|less)$': '<rootDir>/test/helpers/dom-style.ts',
        ...base.moduleNameMapper,
      },
    },
    // The compiled WeChat build (.test-build/weapp, built by scripts/test.mjs) in miniprogram-simulate,
    // its cloud calls answered by the emulator running the built function in-process.
    {
      ...base,
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      // The emulator's packages (mingo, wx-server-sdk) must resolve to their Node builds, not the browser ones.
      testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
      transformIgnorePatterns: [...base.transformIgnorePatterns, '/\\.test-build/'],
    },
    // Deploy: built-output hygiene, index coverage, the deploy against recorded fakes; migrations are .mjs.
    {
      ...base,
      displayName: 'deploy',
      testMatch: ['<rootDir>/test/deploy/**/*.test.ts'],
      transform: { ...base.transform, '^.+\\.mjs$': 'babel-jest' },
      globalSetup: '<rootDir>/test/deploy/global-setup.ts',
    },
  ],
  testTimeout: 60000,
}
