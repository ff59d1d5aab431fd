import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  failureOf,
  type AdminHttpClient,
  type HistoryBody,
} from "../helpers/admin-api"
import { createAdmin, type Admin } from "../helpers/admin-auth"
import {
  formWith,
  objectPathOf,
  pdf,
  STATIC_DIR,
  storedObjects,
  trackStoredObjects,
  uploadFiles,
  type FileToUpload,
  type SegmentFileListBody,
} from "../helpers/segment-files"

jest.setTimeout(120000)

const LEADS = "seg_all_leads"
const TEN_MB = 10 * 1024 * 1024

type Knex = { raw: (sql: string) => Promise<unknown> }

/** The stored object of a local-provider URL, with the key the plugin made. */
const STORED_URL =
  /^http:\/\/localhost:9000\/static\/segment-files\/\d+-segfile_[0-9A-Z]{26}\.(\w+)$/

/**
 * Uploading files to a segment through the admin API, with Medusa's File
 * Module and its local provider (the default of a Medusa app) storing them in
 * the app's `static` folder. Every refusal is checked on both sides: no
 * record in the database, no object in the provider's folder.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http: AdminHttpClient = api
    let container: MedusaContainer
    let admin: Admin
    const objects = trackStoredObjects()

    beforeAll(async () => {
      container = getContainer()
      admin = await createAdmin(container, "ada@example.com")
    })

    afterAll(() => objects.removeAdded())

    const upload = (files: FileToUpload[], segmentId = LEADS) =>
      uploadFiles(http, segmentId, files, admin.auth)

    const listOf = async (segmentId = LEADS, query = "") =>
      (
        await http.get<SegmentFileListBody>(
          `/admin/segments/${segmentId}/files?${query}`,
          admin.auth
        )
      ).data

    const historyOf = async (segmentId = LEADS) =>
      (
        await http.get<HistoryBody>(
          `/admin/segments/${segmentId}/history`,
          admin.auth
        )
      ).data

    const bytesAt = (url: string) =>
      readFileSync(join(STATIC_DIR, objectPathOf(url)))

    describe("uploading", () => {
      it("stores a file through the File Module and records it, hidden from the portal, with who uploaded it", async () => {
        const content = pdf(2048)

        const [file] = await upload([
          { name: "Price list 2027.pdf", type: "application/pdf", content },
        ])

        expect(file).toEqual({
          id: expect.stringMatching(/^segfile_/),
          name: "Price list 2027.pdf",
          url: expect.stringMatching(STORED_URL),
          mime_type: "application/pdf",
          size: 2048,
          display_in_portal: false,
          uploaded_by: admin.user.id,
          user: { id: admin.user.id, email: "ada@example.com" },
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })
        expect(file.url).toContain(file.id)
        expect(bytesAt(file.url).equals(content)).toBe(true)
        expect(Date.now() - Date.parse(file.created_at)).toBeLessThan(60_000)
        expect(await listOf()).toEqual({
          files: [file],
          count: 1,
          offset: 0,
          limit: 20,
        })
      })

      it("writes a file_uploaded history entry per file with the admin's user id", async () => {
        const files = await upload([
          { name: "welcome.pdf", type: "application/pdf", content: pdf() },
          { name: "sizes.csv", type: "text/csv", content: "size\nS\nM\n" },
        ])

        const { history, count } = await historyOf()

        expect(count).toBe(2)
        expect(
          history.map(({ action, details, actor_id, user }) => ({
            action,
            details,
            actor_id,
            user,
          }))
        ).toEqual(
          [...files].reverse().map((file) => ({
            action: "file_uploaded",
            details: { file_id: file.id, name: file.name },
            actor_id: admin.user.id,
            user: { id: admin.user.id, email: "ada@example.com" },
          }))
        )
      })

      it("takes several files at once, answered in the order sent and listed newest first", async () => {
        const sent = await upload([
          { name: "a.pdf", type: "application/pdf", content: pdf() },
          { name: "b.png", type: "image/png", content: "png" },
          { name: "c.jpg", type: "image/jpeg", content: "jpeg" },
          { name: "d.webp", type: "image/webp", content: "webp" },
          { name: "e.txt", type: "text/plain", content: "plain" },
        ])
        const later = await upload([
          { name: "f.pdf", type: "application/pdf", content: pdf() },
        ])

        expect(sent.map((file) => file.name)).toEqual([
          "a.pdf",
          "b.png",
          "c.jpg",
          "d.webp",
          "e.txt",
        ])
        expect(sent.map((file) => STORED_URL.exec(file.url)?.[1])).toEqual([
          "pdf",
          "png",
          "jpg",
          "webp",
          "txt",
        ])
        const all = await listOf()
        expect(all.count).toBe(6)
        expect(all.files.map((file) => file.name)).toEqual([
          "f.pdf",
          "e.txt",
          "d.webp",
          "c.jpg",
          "b.png",
          "a.pdf",
        ])
        expect(later[0].name).toBe("f.pdf")
        const page = await listOf(LEADS, "limit=2&offset=3")
        expect(page).toMatchObject({ count: 6, offset: 3, limit: 2 })
        expect(page.files.map((file) => file.name)).toEqual(["c.jpg", "b.png"])
      })

      it("takes Word and Excel documents, old and new", async () => {
        const files = await upload([
          { name: "terms.doc", type: "application/msword", content: "doc" },
          {
            name: "terms.docx",
            type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            content: "docx",
          },
          {
            name: "prices.xls",
            type: "application/vnd.ms-excel",
            content: "xls",
          },
          {
            name: "prices.xlsx",
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            content: "xlsx",
          },
        ])

        expect(files.map((file) => STORED_URL.exec(file.url)?.[1])).toEqual([
          "doc",
          "docx",
          "xls",
          "xlsx",
        ])
      })

      it("takes a file of exactly the default limit, 10 MB", async () => {
        const [file] = await upload([
          {
            name: "catalog.pdf",
            type: "application/pdf",
            content: pdf(TEN_MB),
          },
        ])

        expect(file.size).toBe(TEN_MB)
        expect(bytesAt(file.url).length).toBe(TEN_MB)
      })

      it("keeps files to their segment", async () => {
        await upload([
          { name: "leads.pdf", type: "application/pdf", content: pdf() },
        ])
        await upload(
          [{ name: "buyers.pdf", type: "application/pdf", content: pdf() }],
          "seg_all_customers"
        )

        expect((await listOf()).files.map((file) => file.name)).toEqual([
          "leads.pdf",
        ])
        expect(
          (await listOf("seg_all_customers")).files.map((file) => file.name)
        ).toEqual(["buyers.pdf"])
      })
    })

    describe("refusals change nothing, in the database or the storage", () => {
      /** Sends an upload that must be refused; answers status and message. */
      async function refused(
        body: FormData | Record<string, unknown>,
        segmentId = LEADS
      ) {
        const before = storedObjects()
        const { status, data } = await failureOf(
          http.post(`/admin/segments/${segmentId}/files`, body, admin.auth)
        )
        expect(storedObjects()).toEqual(before)
        expect((await listOf()).count).toBe(0)
        expect((await historyOf()).count).toBe(0)
        return { status, message: data.message }
      }

      it("refuses a file over 10 MB: 413 saying the limit", async () => {
        const result = await refused(
          formWith([
            {
              name: "catalog.pdf",
              type: "application/pdf",
              content: pdf(TEN_MB + 1),
            },
          ])
        )

        expect(result).toEqual({
          status: 413,
          message:
            'File "catalog.pdf" is too large: a segment file can be at most 10 MB (10485760 bytes).',
        })
      })

      it.each([
        ["an HTML page", "page.html", "text/html"],
        ["a program", "setup.exe", "application/x-msdownload"],
        ["an SVG image", "logo.svg", "image/svg+xml"],
        ["a file of no declared type", "notes", "application/octet-stream"],
      ])(
        "refuses %s: 415 naming the type and the allowed ones",
        async (_, name, type) => {
          const result = await refused(
            formWith([{ name, type, content: "<script>alert(1)</script>" }])
          )

          expect(result).toEqual({
            status: 415,
            message: `File "${name}" is of type ${type}, which a segment file can't be. Allowed types: application/pdf (.pdf), image/png (.png), image/jpeg (.jpg), image/webp (.webp), text/csv (.csv), text/plain (.txt), application/msword (.doc), application/vnd.openxmlformats-officedocument.wordprocessingml.document (.docx), application/vnd.ms-excel (.xls), application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (.xlsx).`,
          })
        }
      )

      it("refuses the whole upload when one file of several is not allowed", async () => {
        const result = await refused(
          formWith([
            { name: "fine.pdf", type: "application/pdf", content: pdf() },
            { name: "also-fine.txt", type: "text/plain", content: "ok" },
            { name: "page.html", type: "text/html", content: "<p>" },
          ])
        )

        expect(result.status).toBe(415)
        expect(result.message).toContain('File "page.html"')
      })

      it("refuses an empty file: 400", async () => {
        const result = await refused(
          formWith([
            { name: "blank.pdf", type: "application/pdf", content: "" },
          ])
        )

        expect(result).toEqual({
          status: 400,
          message: 'File "blank.pdf" is empty.',
        })
      })

      it("refuses more than 10 files at once: 400", async () => {
        const files = Array.from({ length: 11 }, (_, i) => ({
          name: `f${i}.txt`,
          type: "text/plain",
          content: "x",
        }))

        const result = await refused(formWith(files))

        expect(result).toEqual({
          status: 400,
          message: "At most 10 files can be uploaded at once",
        })
      })

      it("refuses files sent in another field: 400 naming the field", async () => {
        const result = await refused(
          formWith(
            [{ name: "a.pdf", type: "application/pdf", content: pdf() }],
            "file"
          )
        )

        expect(result).toEqual({
          status: 400,
          message: "Files go in the field 'files', not 'file'",
        })
      })

      it("refuses a request with no files: 400", async () => {
        const json = await refused({ files: ["a.pdf"] })
        const emptyForm = await refused(new FormData())

        const expected = {
          status: 400,
          message:
            "No files were uploaded: send them as multipart/form-data in the field 'files'",
        }
        expect(json).toEqual(expected)
        expect(emptyForm).toEqual(expected)
      })

      it("refuses a multipart body it can't read: 400, not 500", async () => {
        const before = storedObjects()
        const truncated = await failureOf(
          http.post(
            `/admin/segments/${LEADS}/files`,
            '--cut\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF',
            {
              headers: {
                ...admin.auth.headers,
                "content-type": "multipart/form-data; boundary=cut",
              },
            }
          )
        )
        const noBoundary = await failureOf(
          http.post(`/admin/segments/${LEADS}/files`, "--x--", {
            headers: {
              ...admin.auth.headers,
              "content-type": "multipart/form-data",
            },
          })
        )

        for (const { status, data } of [truncated, noBoundary]) {
          expect(status).toBe(400)
          expect(data.message).toMatch(
            /^The upload could not be read: .+\. Send the files as multipart\/form-data in the field 'files'\.$/
          )
        }
        expect(storedObjects()).toEqual(before)
        expect((await listOf()).count).toBe(0)
      })

      it.each([
        ["an unknown segment", "seg_missing"],
        ["a segment id holding a NUL", "seg_%00"],
      ])("answers 404 for %s, storing nothing", async (_, segmentId) => {
        const result = await refused(
          formWith([
            { name: "a.pdf", type: "application/pdf", content: pdf() },
          ]),
          segmentId
        )

        expect(result.status).toBe(404)
      })

      it("answers an upload to an unknown segment with 404 before reading its files", async () => {
        const result = await refused(
          formWith([
            {
              name: "tool.exe",
              type: "application/x-msdownload",
              content: pdf(),
            },
          ]),
          "seg_missing"
        )

        expect(result.status).toBe(404)
        expect(result.message).toBe(
          "Segment with id: seg_missing was not found"
        )
      })
    })

    describe("names are names, never paths", () => {
      /** The one upload's file, and what the storage gained by it. */
      async function uploadNamed(name: string, type = "application/pdf") {
        const before = new Set(storedObjects())
        const [file] = await upload([{ name, type, content: pdf() }])
        const added = storedObjects().filter((path) => !before.has(path))
        return { file, added }
      }

      it.each([
        ["a parent-folder path", "../../../etc/passwd.pdf", "passwd.pdf"],
        ["a folder path", "reports/2027/q1.pdf", "q1.pdf"],
        ["a Windows path", "C:\\Users\\ada\\q1.pdf", "q1.pdf"],
        ["only dots", "../..", "file.pdf"],
      ])(
        "keeps the last part of %s, and stores the object under the plugin's own key",
        async (_, sent, kept) => {
          const { file, added } = await uploadNamed(sent)

          expect(file.name).toBe(kept)
          expect(added).toEqual([objectPathOf(file.url)])
          expect(added[0]).toMatch(
            /^segment-files\/\d+-segfile_[0-9A-Z]{26}\.pdf$/
          )
        }
      )

      it("turns line breaks into spaces and drops text-direction overrides", async () => {
        const { file, added } = await uploadNamed(
          "invoice\n2027\u202Etxt.exe.pdf"
        )

        expect(file.name).toBe("invoice 2027txt.exe.pdf")
        expect(added[0]).not.toContain("invoice")
      })

      it("refuses a name with raw control characters the form can't carry: 400", async () => {
        const before = storedObjects()

        const { status } = await failureOf(
          http.post(
            `/admin/segments/${LEADS}/files`,
            formWith([
              {
                name: "bell\u0007.pdf",
                type: "application/pdf",
                content: pdf(),
              },
            ]),
            admin.auth
          )
        )

        expect(status).toBe(400)
        expect(storedObjects()).toEqual(before)
      })

      it("cuts a 1,000-character name to 255, keeping the extension", async () => {
        const { file, added } = await uploadNamed(`${"a".repeat(996)}.pdf`)

        expect(file.name).toBe(`${"a".repeat(251)}.pdf`)
        expect(Array.from(file.name)).toHaveLength(255)
        expect(added[0].length).toBeLessThan(80)
      })

      it("keeps a name in any script as it was typed", async () => {
        const { file } = await uploadNamed(
          "Preisliste für Österreich – 2027.pdf"
        )
        const emoji = await uploadNamed("🎁 gift guide.pdf")

        expect(file.name).toBe("Preisliste für Österreich – 2027.pdf")
        expect(emoji.file.name).toBe("🎁 gift guide.pdf")
      })
    })

    describe("when the records can't be written after the upload", () => {
      it("deletes the stored objects again: nothing is left behind", async () => {
        const db = container.resolve<Knex>(
          ContainerRegistrationKeys.PG_CONNECTION
        )
        // A real failure of the insert, inside PostgreSQL, after the File
        // Module has stored both objects.
        await db.raw(`
          CREATE FUNCTION refuse_segment_files() RETURNS trigger
          LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'segment_file is read-only'; END $$;
          CREATE TRIGGER refuse_segment_files BEFORE INSERT ON segment_file
          FOR EACH ROW EXECUTE FUNCTION refuse_segment_files();`)
        const before = storedObjects()

        try {
          const { status } = await failureOf(
            upload([
              { name: "a.pdf", type: "application/pdf", content: pdf() },
              { name: "b.pdf", type: "application/pdf", content: pdf() },
            ])
          )

          expect(status).toBe(500)
          expect(storedObjects()).toEqual(before)
          expect((await listOf()).count).toBe(0)
          expect((await historyOf()).count).toBe(0)
        } finally {
          await db.raw(`
            DROP TRIGGER refuse_segment_files ON segment_file;
            DROP FUNCTION refuse_segment_files();`)
        }

        const [file] = await upload([
          { name: "a.pdf", type: "application/pdf", content: pdf() },
        ])
        expect(storedObjects()).toEqual(
          [...before, objectPathOf(file.url)].sort()
        )
      })
    })
  },
})
