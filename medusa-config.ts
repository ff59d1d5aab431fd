import { defineConfig, loadEnv } from "@medusajs/framework/utils"

// The Medusa app that the demo and the tests boot. It runs this repository's
// `src` as the app's own code and registers the segment module the way a host
// app's `plugins` entry would.
loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Where the app is reached from outside; Medusa reads MEDUSA_BACKEND_URL as
// `admin.backendUrl` itself. The local file provider builds the URL of every
// stored file from its own `backend_url` instead, so it is given the same
// address, as the README asks a store to do.
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/** A number or a list from the environment, when it is set at all. */
const fromEnv = <T>(name: string, parse: (value: string) => T) => {
  const value = process.env[name]
  return value === undefined ? undefined : parse(value)
}

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
        maxFileSizeBytes: fromEnv("SEGMENTS_MAX_FILE_SIZE_BYTES", Number),
        allowedFileTypes: fromEnv("SEGMENTS_ALLOWED_FILE_TYPES", (types) =>
          types.split(",")
        ),
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
  ],
})
