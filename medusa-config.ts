import { defineConfig, loadEnv } from "@medusajs/framework/utils"

// The Medusa app that the demo and the tests boot. It runs this repository's
// `src` as the app's own code and registers the segment module the way a host
// app's `plugins` entry would.
loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors:
        process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLE === "true",
  },
  modules: [
    {
      resolve: "./src/modules/segment",
      options: {
        refreshIntervalMinutes: Number(
          process.env.SEGMENTS_REFRESH_INTERVAL_MINUTES ?? 60
        ),
      },
    },
  ],
})
