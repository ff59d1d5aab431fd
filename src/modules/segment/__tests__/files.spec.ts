import {
  describeSize,
  displayNameOf,
  fileNameProblem,
  refusalOf,
  storageNameOf,
  unreachableUrlWarning,
} from "../files"
import { DEFAULT_ALLOWED_FILE_TYPES } from "../options"

const rules = {
  maxFileSizeBytes: 1024,
  allowedFileTypes: DEFAULT_ALLOWED_FILE_TYPES,
}

describe("a segment file's display name", () => {
  it.each([
    ["a plain name", "Price list.pdf", "Price list.pdf"],
    ["a path", "../../etc/passwd", "passwd"],
    ["a Windows path", "C:\\Users\\ada\\q1.pdf", "q1.pdf"],
    ["line breaks and tabs", "a\r\nb\tc.pdf", "a  b c.pdf"],
    ["controls and a NUL", "a\u0000b\u0007c\u009b.pdf", "abc.pdf"],
    ["a text-direction override", "gpj\u202Eexe.pdf", "gpjexe.pdf"],
    ["half of a surrogate pair", "a\ud800.pdf", "a\ufffd.pdf"],
    ["decomposed accents", "Cafe\u0301.pdf", "Caf\u00e9.pdf"],
    ["surrounding spaces", "  menu.pdf  ", "menu.pdf"],
  ])("keeps %s readable", (_, sent, shown) => {
    expect(displayNameOf(sent, "application/pdf")).toBe(shown)
  })

  it.each(["", "..", ".", "../", "\u0007", "   "])(
    "names a file %j it can't name from its type",
    (sent) => {
      expect(displayNameOf(sent, "application/pdf")).toBe("file.pdf")
      expect(displayNameOf(sent, "application/x-unknown")).toBe("file")
    }
  )

  it("cuts a long name to 255 characters, keeping the extension", () => {
    const name = displayNameOf(`${"a".repeat(996)}.xlsx`, "text/plain")

    expect(name).toBe(`${"a".repeat(250)}.xlsx`)
  })

  it("never cuts a character in half", () => {
    const name = displayNameOf("🎁".repeat(300), "image/png")

    expect(Array.from(name)).toHaveLength(255)
    expect(name).toBe("🎁".repeat(255))
  })
})

describe("a name an admin types", () => {
  it.each([
    ["Price list 2027.pdf"],
    ["Preisliste für Österreich.pdf"],
    [".hidden"],
    ["x".repeat(255)],
  ])("takes %j", (name) => {
    expect(fileNameProblem(name)).toBeNull()
  })

  it.each([
    ["", "can't be blank"],
    ["x".repeat(256), "can be at most 255 characters long"],
    ["a/b.pdf", "must be a file name, without '/' or '\\'"],
    ["a\\b.pdf", "must be a file name, without '/' or '\\'"],
    ["..", "can't be '.' or '..'"],
    [".", "can't be '.' or '..'"],
    ["a\nb.pdf", "must not contain control characters or text-direction marks"],
    [
      "a\u202eb.pdf",
      "must not contain control characters or text-direction marks",
    ],
  ])("refuses %j: %s", (name, problem) => {
    expect(fileNameProblem(name)).toBe(problem)
  })
})

describe("what the storage is told", () => {
  it("is the plugin's folder, the file's id and the type's extension", () => {
    expect(storageNameOf("segfile_01", "application/pdf")).toBe(
      "segment-files/segfile_01.pdf"
    )
    expect(storageNameOf("segfile_01", "text/plain")).toBe(
      "segment-files/segfile_01.txt"
    )
    expect(storageNameOf("segfile_01", "application/x-unknown")).toBe(
      "segment-files/segfile_01"
    )
  })
})

describe("the limits", () => {
  it.each([
    [512, "512 bytes"],
    [1, "1 byte"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [10 * 1024 * 1024, "10 MB"],
    [1024 ** 3, "1 GB"],
  ])("describes %d bytes as %s", (bytes, text) => {
    expect(describeSize(bytes)).toBe(text)
  })

  it("refuses by type first, then by size, then an empty file", () => {
    const file = { name: "a.pdf", mime_type: "application/pdf", size: 10 }

    expect(refusalOf(file, rules)).toBeNull()
    expect(
      refusalOf({ ...file, mime_type: "APPLICATION/PDF" }, rules)
    ).toBeNull()
    expect(refusalOf({ ...file, mime_type: "text/html" }, rules)).toContain(
      "is of type text/html"
    )
    expect(refusalOf({ ...file, size: 1025 }, rules)).toBe(
      'File "a.pdf" is too large: a segment file can be at most 1 KB (1024 bytes).'
    )
    expect(refusalOf({ ...file, size: 0 }, rules)).toBe(
      'File "a.pdf" is empty.'
    )
  })
})

describe("a file URL no customer can open", () => {
  const local = "http://localhost:9000/static/segment-files/1-segfile_01.pdf"

  it("is warned of when the app says it is public elsewhere", () => {
    expect(unreachableUrlWarning(local, "https://shop.example.com/")).toBe(
      `Segment file stored at ${local}, which customers can't open: the app is served at https://shop.example.com/. Set the URL option of the File Module's provider, for the local provider backend_url: "https://shop.example.com/static".`
    )
    expect(
      unreachableUrlWarning(
        "http://127.0.0.1:9000/static/a.pdf",
        "https://shop.example.com"
      )
    ).not.toBeNull()
  })

  it.each([
    ["the app runs on this machine too", local, "http://localhost:9000"],
    ["the app names no address (Medusa's default)", local, "/"],
    ["the app names none at all", local, undefined],
    [
      "the URL is public",
      "https://cdn.example.com/segment-files/a.pdf",
      "https://shop.example.com",
    ],
  ])("is not warned of when %s", (_, url, publicUrl) => {
    expect(unreachableUrlWarning(url, publicUrl)).toBeNull()
  })
})
