process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.MEDUSA_ADMIN_DISABLE = "true"
// Tests recompute segments themselves; a refresh job firing mid-test would
// add history entries nobody asked for.
process.env.SEGMENTS_REFRESH_INTERVAL_MINUTES = "0"
// Keep test output to warnings and errors; a failing subscriber still shows.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || "warn"
