/**
 * The integration tests, run once more with every database request recorded (query-recorder.ts),
 * so test/deploy/query-shapes.test.ts can check each query shape against config/database.json.
 * Their own pass or fail does not matter here: only the queries they make.
 */
const path = require('node:path')
const root = path.resolve(__dirname, '../..')
const base = require(path.join(root, 'jest.config.js')).projects.find((p) => p.displayName === 'integration')

module.exports = {
  ...base,
  rootDir: root,
  displayName: 'integration (queries recorded)',
  setupFilesAfterEnv: [...(base.setupFilesAfterEnv ?? []), '<rootDir>/test/deploy/query-recorder.ts'],
}
