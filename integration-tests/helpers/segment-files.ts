import { existsSync, readdirSync, rmSync } from "node:fs"
import { join, relative } from "node:path"
import { STORAGE_FOLDER } from "../../src/modules/segment/files"
import type { AdminRequestConfig } from "./admin-auth"
import type { AdminHttpClient } from "./admin-api"

/**
 * Where the File Module's local provider stores files in the test app: the
 * app's `static` folder (its default `upload_dir`), served at `/static`.
 */
export const STATIC_DIR = join(process.cwd(), "static")

/** A file as a test uploads it; `content` is its bytes, or text. */
export type FileToUpload = {
  name: string
  type: string
  content: Buffer | string
}

export type SegmentFileBody = {
  id: string
  name: string
  url: string
  mime_type: string
  size: number
  display_in_portal: boolean
  uploaded_by: string | null
  user: { id: string; email: string } | null
  created_at: string
  updated_at: string
}

export type SegmentFileListBody = {
  files: SegmentFileBody[]
  count: number
  offset: number
  limit: number
}

export type PortalFileBody = {
  id: string
  name: string
  url: string
  mime_type: string
  size: number
  segment: { id: string; name: string }
}

/** A PDF of `size` bytes: a header and filler, enough for a store to keep. */
export function pdf(size = 64): Buffer {
  const header = Buffer.from("%PDF-1.7\n")
  return Buffer.concat([header, Buffer.alloc(Math.max(0, size - 9), 0x20)])
}

/** A multipart body with the files under `field`, as a browser sends it. */
export function formWith(files: FileToUpload[], field = "files"): FormData {
  const form = new FormData()
  for (const file of files) {
    const bytes =
      typeof file.content === "string"
        ? Buffer.from(file.content)
        : file.content
    form.append(
      field,
      new Blob([new Uint8Array(bytes)], { type: file.type }),
      file.name
    )
  }
  return form
}

/** Uploads files to a segment through the admin API. */
export async function uploadFiles(
  http: AdminHttpClient,
  segmentId: string,
  files: FileToUpload[],
  auth: AdminRequestConfig
): Promise<SegmentFileBody[]> {
  const { data } = await http.post<{ files: SegmentFileBody[] }>(
    `/admin/segments/${segmentId}/files`,
    formWith(files),
    auth
  )
  return data.files
}

/** Every file below the static folder, as paths relative to it, sorted. */
export function storedObjects(): string[] {
  if (!existsSync(STATIC_DIR)) {
    return []
  }
  return readdirSync(STATIC_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(STATIC_DIR, join(entry.parentPath, entry.name)))
    .sort()
}

/** The path below the static folder that a stored file's URL points at. */
export function objectPathOf(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname)
  const prefix = "/static/"
  if (!path.startsWith(prefix)) {
    throw new Error(`${url} is not a URL of the static folder`)
  }
  return path.slice(prefix.length)
}

/**
 * Remembers what the provider's folder held when a suite began, so the
 * objects the suite stored can be told apart and removed when it ends.
 */
export function trackStoredObjects(): {
  added: () => string[]
  removeAdded: () => void
} {
  const before = new Set(storedObjects())
  const added = () => storedObjects().filter((path) => !before.has(path))
  return {
    added,
    removeAdded: () => {
      for (const path of added()) {
        rmSync(join(STATIC_DIR, path), { force: true, recursive: true })
      }
    },
  }
}

/** The plugin's own folder of the provider's storage. */
export const SEGMENT_FILES_DIR = join(STATIC_DIR, STORAGE_FOLDER)
