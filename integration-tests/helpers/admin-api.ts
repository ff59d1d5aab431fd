import type { AdminRequestConfig } from "./admin-auth"

type Response<T> = { status: number; data: T }

/** The part of the test runner's HTTP client (axios) the admin tests use. */
export type AdminHttpClient = {
  get<T>(url: string, config?: AdminRequestConfig): Promise<Response<T>>
  post<T>(
    url: string,
    body?: unknown,
    config?: AdminRequestConfig
  ): Promise<Response<T>>
  delete<T>(url: string, config?: AdminRequestConfig): Promise<Response<T>>
}

export type ErrorResponse = {
  status: number
  data: { message: string; type?: string }
}

/**
 * The error response of a request that must fail; fails the test when the
 * request succeeds or dies without an HTTP answer.
 */
export async function failureOf(
  request: Promise<unknown>
): Promise<ErrorResponse> {
  try {
    await request
  } catch (error) {
    const response = (error as { response?: ErrorResponse }).response
    if (response) {
      return { status: response.status, data: response.data }
    }
    throw error
  }
  throw new Error("Expected the request to fail, but it succeeded")
}

/** A segment as the admin API answers it. */
export type SegmentBody = {
  id: string
  handle: string
  name: string
  description: string
  status: "active" | "inactive"
  rule: unknown
  is_predefined: boolean
  member_count: number
  computed_at: string | null
  compute_duration_ms: number | null
  created_at: string
  updated_at: string
}

export type SegmentListBody = {
  segments: SegmentBody[]
  count: number
  offset: number
  limit: number
}

export type HistoryEntryBody = {
  id: string
  action: string
  details: Record<string, unknown> | null
  actor_id: string | null
  user: { id: string; email: string } | null
  created_at: string
}

export type HistoryBody = {
  history: HistoryEntryBody[]
  count: number
  offset: number
  limit: number
}
