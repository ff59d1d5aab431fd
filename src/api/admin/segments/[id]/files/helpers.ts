import type { MedusaContainer } from "@medusajs/framework/types"
import { segmentFileNotFound } from "../../../../../modules/segment/file-service"
import { isStorableText } from "../../../../utils/validators"
import { segmentService } from "../../helpers"
import { SEGMENT_FILE_FIELDS } from "../../query-config"
import type { AdminSegmentFile } from "../../types"
import { usersById } from "../../users"

/** An id PostgreSQL can't even compare is no file's id: the usual 404. */
export function assertFileId(fileId: string): void {
  if (!isStorableText(fileId)) {
    throw segmentFileNotFound(JSON.stringify(fileId))
  }
}

/** These files as the admin API shows them, with who uploaded each. */
export async function adminSegmentFiles(
  scope: MedusaContainer,
  files: Omit<AdminSegmentFile, "user">[]
): Promise<AdminSegmentFile[]> {
  const users = await usersById(
    scope,
    files.map((file) => file.uploaded_by)
  )
  return files.map((file) => ({
    ...file,
    user: (file.uploaded_by && users.get(file.uploaded_by)) || null,
  }))
}

/** Files of one segment by id, as the admin API shows them, in that order. */
export async function retrieveAdminSegmentFiles(
  scope: MedusaContainer,
  segmentId: string,
  ids: string[]
): Promise<AdminSegmentFile[]> {
  const files = await segmentService(scope).listSegmentFiles(
    { id: ids, segment_id: segmentId },
    { select: [...SEGMENT_FILE_FIELDS], take: null }
  )
  const byId = new Map(files.map((file) => [file.id, file]))
  const found = ids.flatMap((id) => {
    const file = byId.get(id)
    return file ? [file] : []
  })
  return adminSegmentFiles(scope, found)
}
