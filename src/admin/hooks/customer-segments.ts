import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type CustomerSegment = {
  id: string
  handle: string
  name: string
  status: "active" | "inactive"
  member_since: string
}

export const customerSegmentsKey = (customerId: string) =>
  ["segments", "customer", customerId] as const

/** The segments one customer belongs to. */
export function useCustomerSegments(customerId: string) {
  return useQuery({
    queryKey: customerSegmentsKey(customerId),
    queryFn: () =>
      sdk.client.fetch<{ segments: CustomerSegment[] }>(
        `/admin/customers/${customerId}/segments`
      ),
  })
}
