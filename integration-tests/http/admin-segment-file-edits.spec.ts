import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  failureOf,
  type AdminHttpClient,
  type HistoryBody,
} from "../helpers/admin-api"
import { createAdmin, type Admin } from "../helpers/admin-auth"
import {
  objectPathOf,
  pdf,
  STATIC_DIR,
  trackStoredObjects,
  uploadFiles,
  type SegmentFileBody,
  type SegmentFileListBody,
} from "../helpers/segment-files"

jest.setTimeout(120000)

const LEADS = "seg_all_leads"
const CUSTOMERS = "seg_all_customers"

/**
 * What an admin does with a segment's files after the upload: rename, show
 * in or hide from the customer portal, delete. Each change writes its
 * history entry with the admin's user id; a refusal changes nothing; and a
 * file is only ever reached through its own segment.
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

    const uploadOne = async (name: string, segmentId = LEADS) => {
      const [file] = await uploadFiles(
        http,
        segmentId,
        [{ name, type: "application/pdf", content: pdf() }],
        admin.auth
      )
      return file
    }

    const update = async (
      file: SegmentFileBody,
      body: Record<string, unknown>,
      segmentId = LEADS
    ) =>
      (
        await http.post<{ file: SegmentFileBody }>(
          `/admin/segments/${segmentId}/files/${file.id}`,
          body,
          admin.auth
        )
      ).data.file

    const listOf = async (segmentId = LEADS) =>
      (
        await http.get<SegmentFileListBody>(
          `/admin/segments/${segmentId}/files`,
          admin.auth
        )
      ).data

    /** The segment's history after its uploads: what the test changed. */
    const changesOf = async (segmentId = LEADS) => {
      const { history } = (
        await http.get<HistoryBody>(
          `/admin/segments/${segmentId}/history?limit=100`,
          admin.auth
        )
      ).data
      return history
        .filter((entry) => entry.action !== "file_uploaded")
        .map(({ action, details, actor_id, user }) => ({
          action,
          details,
          actor_id,
          user,
        }))
    }

    const byAda = () => ({
      actor_id: admin.user.id,
      user: { id: admin.user.id, email: "ada@example.com" },
    })

    const storedPath = (file: SegmentFileBody) =>
      join(STATIC_DIR, objectPathOf(file.url))

    describe("renaming and the portal switch", () => {
      it("renames a file and records from and to; the stored object stays", async () => {
        const file = await uploadOne("price-list.pdf")

        const renamed = await update(file, { name: "  Price list 2027.pdf  " })

        expect(renamed).toEqual({
          ...file,
          name: "Price list 2027.pdf",
          updated_at: expect.any(String),
        })
        expect(existsSync(storedPath(renamed))).toBe(true)
        expect(await changesOf()).toEqual([
          {
            action: "file_renamed",
            details: {
              file_id: file.id,
              from: "price-list.pdf",
              to: "Price list 2027.pdf",
            },
            ...byAda(),
          },
        ])
      })

      it("shows a file in the portal and hides it again, one entry each", async () => {
        const file = await uploadOne("welcome.pdf")

        const shown = await update(file, { display_in_portal: true })
        const hidden = await update(file, { display_in_portal: false })

        expect(shown.display_in_portal).toBe(true)
        expect(hidden.display_in_portal).toBe(false)
        expect(await changesOf()).toEqual([
          {
            action: "file_hidden_from_portal",
            details: { file_id: file.id, name: "welcome.pdf" },
            ...byAda(),
          },
          {
            action: "file_shown_in_portal",
            details: { file_id: file.id, name: "welcome.pdf" },
            ...byAda(),
          },
        ])
      })

      it("renames and shows in one request: the rename first, the switch under the new name", async () => {
        const file = await uploadOne("draft.pdf")

        const updated = await update(file, {
          name: "Spring catalog.pdf",
          display_in_portal: true,
        })

        expect(updated).toMatchObject({
          name: "Spring catalog.pdf",
          display_in_portal: true,
        })
        expect(await changesOf()).toEqual([
          {
            action: "file_shown_in_portal",
            details: { file_id: file.id, name: "Spring catalog.pdf" },
            ...byAda(),
          },
          {
            action: "file_renamed",
            details: {
              file_id: file.id,
              from: "draft.pdf",
              to: "Spring catalog.pdf",
            },
            ...byAda(),
          },
        ])
      })

      it("writes no history when nothing actually changes", async () => {
        const file = await uploadOne("same.pdf")

        await update(file, { name: "same.pdf", display_in_portal: false })

        expect(await changesOf()).toEqual([])
      })

      it.each([
        ["a blank name", { name: "   " }, "Field 'name' can't be blank"],
        [
          "a parent-folder path",
          { name: "../secret.pdf" },
          "Field 'name' must be a file name, without '/' or '\\'",
        ],
        [
          "a folder separator",
          { name: "reports/q1.pdf" },
          "Field 'name' must be a file name, without '/' or '\\'",
        ],
        [
          "a backslash",
          { name: "reports\\q1.pdf" },
          "Field 'name' must be a file name, without '/' or '\\'",
        ],
        ["the name ..", { name: ".." }, "Field 'name' can't be '.' or '..'"],
        [
          "a control character",
          { name: "price\u0007list.pdf" },
          "Field 'name' must not contain control characters or text-direction marks",
        ],
        [
          "a line break",
          { name: "price\nlist.pdf" },
          "Field 'name' must not contain control characters or text-direction marks",
        ],
        [
          "a text-direction override",
          { name: "gpj\u202Eexe.pdf" },
          "Field 'name' must not contain control characters or text-direction marks",
        ],
        [
          "a NUL",
          { name: "price\u0000list.pdf" },
          "Field 'name' must not contain the NUL character",
        ],
        [
          "half of a surrogate pair",
          { name: "price \ud800.pdf" },
          "Field 'name' must be valid Unicode",
        ],
        [
          "1,000 characters",
          { name: `${"a".repeat(996)}.pdf` },
          "Field 'name' can be at most 255 characters long",
        ],
        ["a name that isn't text", { name: 42 }, "'name'"],
        [
          "a portal switch that isn't true or false",
          { display_in_portal: "yes" },
          "'display_in_portal'",
        ],
        ["an unknown field", { name: "a.pdf", path: "/tmp" }, "'path'"],
        [
          "nothing to change",
          {},
          "Nothing to update: send 'name', 'display_in_portal' or both",
        ],
      ])(
        "refuses an update with %s: 400 naming the field, nothing changed",
        async (_, body, message) => {
          const file = await uploadOne("price-list.pdf")

          const { status, data } = await failureOf(
            http.post(
              `/admin/segments/${LEADS}/files/${file.id}`,
              body,
              admin.auth
            )
          )

          expect(status).toBe(400)
          expect(data.message).toContain(message)
          expect((await listOf()).files).toEqual([file])
          expect(await changesOf()).toEqual([])
        }
      )

      it("takes a name of exactly 255 characters", async () => {
        const file = await uploadOne("short.pdf")
        const name = `${"é".repeat(251)}.pdf`

        expect((await update(file, { name })).name).toBe(name)
      })
    })

    describe("deleting", () => {
      it("deletes the record and the stored object, and records it", async () => {
        const file = await uploadOne("old-prices.pdf")
        const kept = await uploadOne("new-prices.pdf")
        expect(existsSync(storedPath(file))).toBe(true)

        const { data } = await http.delete(
          `/admin/segments/${LEADS}/files/${file.id}`,
          admin.auth
        )

        expect(data).toEqual({
          id: file.id,
          object: "segment_file",
          deleted: true,
        })
        expect(existsSync(storedPath(file))).toBe(false)
        expect(existsSync(storedPath(kept))).toBe(true)
        expect(await listOf()).toMatchObject({ files: [kept], count: 1 })
        expect(await changesOf()).toEqual([
          {
            action: "file_deleted",
            details: { file_id: file.id, name: "old-prices.pdf" },
            ...byAda(),
          },
        ])
      })

      it("answers 404 to a second delete, and to a rename of the deleted file", async () => {
        const file = await uploadOne("once.pdf")
        await http.delete(
          `/admin/segments/${LEADS}/files/${file.id}`,
          admin.auth
        )

        const again = await failureOf(
          http.delete(`/admin/segments/${LEADS}/files/${file.id}`, admin.auth)
        )
        const rename = await failureOf(
          http.post(
            `/admin/segments/${LEADS}/files/${file.id}`,
            { name: "twice.pdf" },
            admin.auth
          )
        )

        for (const { status, data } of [again, rename]) {
          expect(status).toBe(404)
          expect(data.message).toBe(
            `Segment file with id: ${file.id} was not found`
          )
        }
        expect((await changesOf()).map((entry) => entry.action)).toEqual([
          "file_deleted",
        ])
      })

      it("keeps the file, without a history entry, when the storage fails to delete it", async () => {
        const file = await uploadOne("stuck.pdf")
        // The object's path turns into a folder: the local provider's
        // unlink fails, as a storage that refuses the delete would.
        const path = storedPath(file)
        rmSync(path)
        mkdirSync(path)
        writeFileSync(join(path, "inside"), "x")

        try {
          const { status } = await failureOf(
            http.delete(`/admin/segments/${LEADS}/files/${file.id}`, admin.auth)
          )

          expect(status).toBe(500)
          expect((await listOf()).files).toEqual([
            { ...file, updated_at: expect.any(String) },
          ])
          expect(await changesOf()).toEqual([])
        } finally {
          rmSync(path, { recursive: true, force: true })
        }

        await http.delete(
          `/admin/segments/${LEADS}/files/${file.id}`,
          admin.auth
        )
        expect((await listOf()).count).toBe(0)
      })

      it("leaves a segment with files in place when its delete is refused", async () => {
        const file = await uploadOne("guide.pdf")

        const { status } = await failureOf(
          http.delete(`/admin/segments/${LEADS}`, admin.auth)
        )

        expect(status).toBe(400)
        expect((await listOf()).files).toEqual([file])
        expect(existsSync(storedPath(file))).toBe(true)
      })
    })

    describe("a file is reached only through its own segment", () => {
      it("answers a file of another segment exactly like an unknown id: 404, nothing changed", async () => {
        const theirs = await uploadOne("buyers-only.pdf", CUSTOMERS)
        const mine = await uploadOne("leads.pdf")

        const attempts = async (fileId: string) => [
          await failureOf(
            http.post(
              `/admin/segments/${LEADS}/files/${fileId}`,
              { name: "taken.pdf", display_in_portal: true },
              admin.auth
            )
          ),
          await failureOf(
            http.delete(`/admin/segments/${LEADS}/files/${fileId}`, admin.auth)
          ),
        ]
        const foreign = await attempts(theirs.id)
        const unknown = await attempts("segfile_01JZZZZZZZZZZZZZZZZZZZZZZZ")

        const notFound = (id: string) => ({
          status: 404,
          data: {
            type: "not_found",
            message: `Segment file with id: ${id} was not found`,
          },
        })
        expect(foreign).toEqual([notFound(theirs.id), notFound(theirs.id)])
        expect(unknown).toEqual([
          notFound("segfile_01JZZZZZZZZZZZZZZZZZZZZZZZ"),
          notFound("segfile_01JZZZZZZZZZZZZZZZZZZZZZZZ"),
        ])
        expect((await listOf(CUSTOMERS)).files).toEqual([theirs])
        expect(existsSync(storedPath(theirs))).toBe(true)
        expect((await listOf()).files).toEqual([mine])
        expect(await changesOf(CUSTOMERS)).toEqual([])
        expect(await changesOf()).toEqual([])
      })

      it("answers 404, not 500, for a file id holding a NUL", async () => {
        const rename = await failureOf(
          http.post(
            `/admin/segments/${LEADS}/files/segfile_%00`,
            { name: "a.pdf" },
            admin.auth
          )
        )
        const remove = await failureOf(
          http.delete(`/admin/segments/${LEADS}/files/segfile_%00`, admin.auth)
        )

        expect([rename.status, remove.status]).toEqual([404, 404])
      })

      it.each([
        ["GET", "/admin/segments/seg_missing/files"],
        ["POST", "/admin/segments/seg_missing/files/segfile_1"],
        ["DELETE", "/admin/segments/seg_missing/files/segfile_1"],
      ])("%s %s answers 404 for an unknown segment", async (method, url) => {
        const { status, data } = await failureOf(
          method === "GET"
            ? http.get(url, admin.auth)
            : method === "DELETE"
              ? http.delete(url, admin.auth)
              : http.post(url, { name: "a.pdf" }, admin.auth)
        )

        expect(status).toBe(404)
        expect(data.message).toBe("Segment with id: seg_missing was not found")
      })
    })
  },
})
