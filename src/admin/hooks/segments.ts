import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  HistoryList,
  RecomputeResult,
  Segment,
  SegmentChanges,
  SegmentFile,
  SegmentFileChanges,
  SegmentFileList,
  SegmentFileUpload,
  SegmentList,
  SegmentMemberList,
  SegmentStatus,
} from "../lib/types"

export type SegmentListQuery = {
  q?: string
  status?: SegmentStatus
  order?: string
  limit: number
  offset: number
}

export type PageQuery = { q?: string; limit: number; offset: number }

/** Every query of the plugin starts with this key, so one change can refresh all. */
export const segmentsKey = ["segments"] as const
const segmentKey = (id: string) => [...segmentsKey, "detail", id] as const

/** Drops empty values, so `?q=` never reaches the server. */
function cleanQuery<T extends Record<string, unknown>>(query: T) {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => value !== undefined && value !== ""
    )
  )
}

export function useSegments(query: SegmentListQuery) {
  return useQuery({
    queryKey: [...segmentsKey, "list", query],
    queryFn: () =>
      sdk.client.fetch<SegmentList>("/admin/segments", {
        query: cleanQuery(query),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useSegment(id: string) {
  return useQuery({
    queryKey: segmentKey(id),
    queryFn: () =>
      sdk.client.fetch<{ segment: Segment }>(`/admin/segments/${id}`),
  })
}

export function useSegmentMembers(id: string, query: PageQuery) {
  return useQuery({
    queryKey: [...segmentKey(id), "customers", query],
    queryFn: () =>
      sdk.client.fetch<SegmentMemberList>(`/admin/segments/${id}/customers`, {
        query: cleanQuery(query),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useSegmentHistory(id: string, query: PageQuery) {
  return useQuery({
    queryKey: [...segmentKey(id), "history", query],
    queryFn: () =>
      sdk.client.fetch<HistoryList>(`/admin/segments/${id}/history`, {
        query: cleanQuery(query),
      }),
    placeholderData: keepPreviousData,
  })
}

/** Saves name, description or status; the history gains an entry per field. */
export function useUpdateSegment(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (changes: SegmentChanges) =>
      sdk.client.fetch<{ segment: Segment }>(`/admin/segments/${id}`, {
        method: "POST",
        body: changes,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentsKey }),
  })
}

/** The key of a segment's running "Update Segment", to ask whether one runs. */
export const recomputeKey = (id: string) =>
  [...segmentKey(id), "recompute"] as const

/** "Update Segment": recomputes the members now. */
export function useRecomputeSegment(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: recomputeKey(id),
    mutationFn: () =>
      sdk.client.fetch<RecomputeResult>(`/admin/segments/${id}/recompute`, {
        method: "POST",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentsKey }),
  })
}

const filesKey = (id: string) => [...segmentKey(id), "files"] as const

export function useSegmentFiles(id: string, query: PageQuery) {
  return useQuery({
    queryKey: [...filesKey(id), query],
    queryFn: () =>
      sdk.client.fetch<SegmentFileList>(`/admin/segments/${id}/files`, {
        query: cleanQuery(query),
      }),
    placeholderData: keepPreviousData,
  })
}

/** Uploads files from the admin's computer, all in one request. */
export function useUploadSegmentFiles(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (files: File[]) => {
      const form = new FormData()
      for (const file of files) {
        form.append("files", file)
      }
      return sdk.client.fetch<SegmentFileUpload>(
        `/admin/segments/${id}/files`,
        // The browser sets the multipart boundary itself.
        { method: "POST", headers: { "content-type": null }, body: form }
      )
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: segmentKey(id) }),
  })
}

/** Renames a file or switches "display in customer portal". */
export function useUpdateSegmentFile(id: string, fileId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (changes: SegmentFileChanges) =>
      sdk.client.fetch<{ file: SegmentFile }>(
        `/admin/segments/${id}/files/${fileId}`,
        { method: "POST", body: changes }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: segmentKey(id) }),
  })
}

/** Deletes a file and its stored object. */
export function useDeleteSegmentFile(id: string, fileId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(
        `/admin/segments/${id}/files/${fileId}`,
        { method: "DELETE" }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: segmentKey(id) }),
  })
}
