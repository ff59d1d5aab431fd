import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { CustomerSegment } from "../lib/types"
import { segmentsKey } from "./segments"

/** The segments one customer belongs to. */
export function useCustomerSegments(customerId: string) {
  return useQuery({
    queryKey: [...segmentsKey, "customer", customerId],
    queryFn: () =>
      sdk.client.fetch<{ segments: CustomerSegment[] }>(
        `/admin/customers/${customerId}/segments`
      ),
  })
}
