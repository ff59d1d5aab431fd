import { defineConfig, loadEnv } from "@medusajs/framework/utils"

// A store that installs the plugin the way the README tells a store owner to:
// from the npm package, listed under `plugins`. The end-to-end runner sets
// every variable below.
loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
    // The test serves the dashboard over plain http on localhost. A
    // production server marks its session cookie Secure, and express-session
    // sets no Secure cookie over http, so no login would stick.
    cookieOptions: { secure: false },
  },
  modules: [
    {
      // Files are stored by the local provider, which links them from the
      // store's public address, as the plugin's README asks.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              backend_url: `${process.env.MEDUSA_BACKEND_URL}/static`,
            },
          },
        ],
      },
    },
  ],
  plugins: [
    {
      resolve: "medusa-customer-segments",
      options: {
        refreshIntervalMinutes: 60,
        reconcileFacts: true,
      },
    },
  ],
})
