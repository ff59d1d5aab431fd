import type { DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"

/**
 * A data table's page, and the `limit` and `offset` that ask the admin API
 * for it. `firstPage` goes back to page one, for a new search.
 */
export function usePageState(pageSize: number) {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize,
  })
  return {
    pagination,
    setPagination,
    firstPage: () => setPagination((page) => ({ ...page, pageIndex: 0 })),
    page: {
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
    },
  }
}
