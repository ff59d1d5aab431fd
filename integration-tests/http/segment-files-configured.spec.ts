import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failureOf, type AdminHttpClient } from "../helpers/admin-api"
import { createAdmin, type Admin } from "../helpers/admin-auth"
import {
  formWith,
  objectPathOf,
  storedObjects,
  trackStoredObjects,
  uploadFiles,
} from "../helpers/segment-files"

jest.setTimeout(120000)

// A store deployed at its own address, with its own limits for segment
// files, configured the way the README tells a store to: MEDUSA_BACKEND_URL
// for the app and its File Module provider (see medusa-config.ts), plugin
// options for the limits. Read by medusa-config.ts when the app boots.
const PUBLIC_URL = "https://shop.example.com"
const settings: Record<string, string> = {
  MEDUSA_BACKEND_URL: PUBLIC_URL,
  SEGMENTS_MAX_FILE_SIZE_BYTES: "1024",
  SEGMENTS_ALLOWED_FILE_TYPES: "text/plain, application/json",
}
const previous = Object.fromEntries(
  Object.keys(settings).map((name) => [name, process.env[name]])
)
Object.assign(process.env, settings)

const LEADS = "seg_all_leads"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http: AdminHttpClient = api
    let admin: Admin
    const objects = trackStoredObjects()

    beforeAll(async () => {
      admin = await createAdmin(getContainer(), "ada@example.com")
    })

    afterAll(() => {
      objects.removeAdded()
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) {
          delete process.env[name]
        } else {
          process.env[name] = value
        }
      }
    })

    const refusal = async (name: string, type: string, content: string) => {
      const before = storedObjects()
      const { status, data } = await failureOf(
        http.post(
          `/admin/segments/${LEADS}/files`,
          formWith([{ name, type, content }]),
          admin.auth
        )
      )
      expect(storedObjects()).toEqual(before)
      return { status, message: data.message }
    }

    describe("the public URL", () => {
      it("gives a file a URL on the store's public address, where the app serves it", async () => {
        const [file] = await uploadFiles(
          http,
          LEADS,
          [{ name: "notes.txt", type: "text/plain", content: "Hello, Ann" }],
          admin.auth
        )

        expect(file.url).toMatch(
          /^https:\/\/shop\.example\.com\/static\/segment-files\/\d+-segfile_[0-9A-Z]{26}\.txt$/
        )
        // The same path on this app answers the file's bytes to anyone:
        // behind the public address, the URL reaches the stored object.
        const served = await http.get<string>(
          `/static/${objectPathOf(file.url)}`
        )
        expect(served.data).toBe("Hello, Ann")
      })
    })

    describe("the plugin's limits", () => {
      it("takes a file of exactly maxFileSizeBytes", async () => {
        const [file] = await uploadFiles(
          http,
          LEADS,
          [{ name: "a.txt", type: "text/plain", content: "x".repeat(1024) }],
          admin.auth
        )

        expect(file.size).toBe(1024)
      })

      it("refuses one byte more: 413 saying the configured limit", async () => {
        expect(await refusal("b.txt", "text/plain", "x".repeat(1025))).toEqual({
          status: 413,
          message:
            'File "b.txt" is too large: a segment file can be at most 1 KB (1024 bytes).',
        })
      })

      it("refuses a type the default allows but allowedFileTypes leaves out: 415 listing the configured types", async () => {
        expect(await refusal("a.pdf", "application/pdf", "%PDF-1.7")).toEqual({
          status: 415,
          message:
            'File "a.pdf" is of type application/pdf, which a segment file can\'t be. Allowed types: text/plain (.txt), application/json (.json).',
        })
      })

      it("takes a type allowedFileTypes adds, stored with its extension", async () => {
        const [file] = await uploadFiles(
          http,
          LEADS,
          [{ name: "feed", type: "application/json", content: "{}" }],
          admin.auth
        )

        expect(file).toMatchObject({
          name: "feed",
          mime_type: "application/json",
        })
        expect(file.url).toMatch(/\.json$/)
      })
    })
  },
})
