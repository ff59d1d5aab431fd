import { z } from "@medusajs/framework/zod"

/** The plugin's options, as a host app passes them in `medusa-config.ts`. */
export type SegmentModuleOptions = {
  /**
   * Minutes after which the scheduled job recomputes an active segment, so
   * that "last N days" windows roll forward. 0 turns the refresh off.
   */
  refreshIntervalMinutes?: number
  /** Whether the nightly job heals the facts from Medusa's data. */
  reconcileFacts?: boolean
  /** The largest segment file an admin can upload, in bytes. */
  maxFileSizeBytes?: number
  /** The MIME types a segment file may have, e.g. "application/pdf". */
  allowedFileTypes?: string[]
}

export type ResolvedSegmentOptions = Required<SegmentModuleOptions>

export const DEFAULT_MAX_FILE_SIZE_BYTES = 10 * 1024 * 1024

/**
 * Uploads are held in memory until the File Module has stored them, so a
 * store can raise the limit only so far.
 */
export const MAX_FILE_SIZE_BYTES_LIMIT = 1024 * 1024 * 1024

export const DEFAULT_ALLOWED_FILE_TYPES = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/webp",
  "text/csv",
  "text/plain",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
]

/** "type/subtype" as RFC 6838 spells a MIME type, without parameters. */
const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/

const optionsSchema = z.object({
  refreshIntervalMinutes: z
    .number({
      error:
        "refreshIntervalMinutes must be a number of minutes (0 turns the scheduled refresh off)",
    })
    .min(0, { error: "refreshIntervalMinutes can't be negative" })
    .default(60),
  reconcileFacts: z
    .boolean({ error: "reconcileFacts must be true or false" })
    .default(true),
  maxFileSizeBytes: z
    .number({
      error: "maxFileSizeBytes must be a number of bytes, e.g. 10485760",
    })
    .int({ error: "maxFileSizeBytes must be a whole number of bytes" })
    .min(1, { error: "maxFileSizeBytes must be at least 1 byte" })
    .max(MAX_FILE_SIZE_BYTES_LIMIT, {
      error: `maxFileSizeBytes can be at most ${MAX_FILE_SIZE_BYTES_LIMIT} (1 GB): uploads are held in memory`,
    })
    .default(DEFAULT_MAX_FILE_SIZE_BYTES),
  allowedFileTypes: z
    .array(
      z
        .string({ error: "allowedFileTypes must hold MIME types as text" })
        .trim()
        .toLowerCase()
        .regex(MIME_TYPE, {
          error: (issue) =>
            `allowedFileTypes holds ${JSON.stringify(issue.input)}, which is no MIME type: write each as "type/subtype", e.g. "application/pdf"`,
        }),
      { error: "allowedFileTypes must be a list of MIME types" }
    )
    .min(1, { error: "allowedFileTypes must name at least one MIME type" })
    .transform((types) => [...new Set(types)])
    .default(DEFAULT_ALLOWED_FILE_TYPES),
})

/**
 * The options with their defaults, or an error that says which option is
 * wrong and how, so a store finds a typo when the app starts rather than at
 * the first upload.
 */
export function resolveSegmentOptions(
  options: SegmentModuleOptions = {}
): ResolvedSegmentOptions {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message)
    throw new Error(
      `Invalid options for the customer segments plugin: ${problems.join("; ")}`
    )
  }
  return parsed.data
}
