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

/** "Update Segment": recomputes the members now. */
export function useRecomputeSegment(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...segmentKey(id), "recompute"],
    mutationFn: () =>
      sdk.client.fetch<RecomputeResult>(`/admin/segments/${id}/recompute`, {
        method: "POST",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentsKey }),
  })
}
