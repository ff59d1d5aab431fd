// `.env.test` and `.env`, as Medusa's `loadEnv("test")` reads them. Not through
// @medusajs/framework: requiring it here loads MikroORM into Jest's own
// process, whose globals Jest copies into every test file; the second Medusa
// app booted in one run then trips over the first one's entity metadata
// ("Map.prototype.set called on incompatible receiver").
require("dotenv").config({ path: [".env.test", ".env"] })

/**
 * One jest run for every test: unit tests beside the code (`__tests__`) and
 * integration tests that boot the Medusa app (`integration-tests/`). All run
 * on a real PostgreSQL: an embedded one started by the global setup, or the
 * server the DB_* variables name.
 */
module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          target: "es2021",
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  testMatch: [
    "<rootDir>/src/**/__tests__/**/*.spec.[jt]s",
    "<rootDir>/integration-tests/**/*.spec.[jt]s",
  ],
  globalSetup: "<rootDir>/integration-tests/setup/global-setup.ts",
  globalTeardown: "<rootDir>/integration-tests/setup/global-teardown.ts",
  setupFiles: ["<rootDir>/integration-tests/setup/env.js"],
  testTimeout: 120000,
}
