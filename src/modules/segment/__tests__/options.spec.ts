import { DEFAULT_ALLOWED_FILE_TYPES, resolveSegmentOptions } from "../options"

describe("the plugin's options", () => {
  it("defaults to 10 MB files of the common document and image types", () => {
    expect(resolveSegmentOptions({})).toEqual({
      refreshIntervalMinutes: 60,
      reconcileFacts: true,
      maxFileSizeBytes: 10485760,
      allowedFileTypes: DEFAULT_ALLOWED_FILE_TYPES,
    })
    expect(DEFAULT_ALLOWED_FILE_TYPES).toEqual([
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
    ])
  })

  it("takes a store's own limits, MIME types in any case, once each", () => {
    const options = resolveSegmentOptions({
      maxFileSizeBytes: 2048,
      allowedFileTypes: [" Image/PNG", "image/png", "application/zip"],
    })

    expect(options.maxFileSizeBytes).toBe(2048)
    expect(options.allowedFileTypes).toEqual(["image/png", "application/zip"])
  })

  it.each([
    [{ maxFileSizeBytes: 0 }, "maxFileSizeBytes must be at least 1 byte"],
    [
      { maxFileSizeBytes: 1.5 },
      "maxFileSizeBytes must be a whole number of bytes",
    ],
    [
      { maxFileSizeBytes: "10MB" },
      "maxFileSizeBytes must be a number of bytes",
    ],
    [
      { maxFileSizeBytes: 2 * 1024 ** 3 },
      "maxFileSizeBytes can be at most 1073741824 (1 GB)",
    ],
    [
      { allowedFileTypes: "application/pdf" },
      "allowedFileTypes must be a list of MIME types",
    ],
    [
      { allowedFileTypes: [] },
      "allowedFileTypes must name at least one MIME type",
    ],
    [
      { allowedFileTypes: ["pdf"] },
      'allowedFileTypes holds "pdf", which is no MIME type',
    ],
    [
      { refreshIntervalMinutes: -5 },
      "refreshIntervalMinutes can't be negative",
    ],
    [{ reconcileFacts: "yes" }, "reconcileFacts must be true or false"],
  ])("refuses %j, saying what is wrong", (options, message) => {
    expect(() => resolveSegmentOptions(options as never)).toThrow(message)
  })
})
