import type {
  DataTableFilteringState,
  DataTablePaginationState,
  DataTableSortingState,
} from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import type { SegmentStatus } from "../lib/types"

const STATUSES: readonly SegmentStatus[] = ["active", "inactive"]

/**
 * The Segments list's search, status filter, sort and page, kept in the
 * address (`?q=orders&status=active&order=-member_count&page=2`), so Back,
 * a reload or a shared link shows the same list. A value the list doesn't
 * know is ignored rather than sent to the server.
 */
export function useSegmentListParams(
  sortable: readonly string[],
  pageSize: number
) {
  const [params, setParams] = useSearchParams()

  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(changes)) {
          if (value) {
            next.set(key, value)
          } else {
            next.delete(key)
          }
        }
        return next
      },
      { replace: true }
    )

  const search = params.get("q") ?? ""
  const status = STATUSES.find((value) => value === params.get("status"))
  const requested = params.get("order") ?? ""
  const field = requested.replace(/^-/, "")
  const order = sortable.includes(field) ? requested : undefined
  const sorting: DataTableSortingState | null = order
    ? { id: field, desc: order.startsWith("-") }
    : null
  const page = Number.parseInt(params.get("page") ?? "1", 10)
  const pagination: DataTablePaginationState = {
    pageIndex: Number.isSafeInteger(page) && page > 1 ? page - 1 : 0,
    pageSize,
  }
  const filtering: DataTableFilteringState = status ? { status } : {}

  return {
    search,
    status,
    /** The sort order as `GET /admin/segments` takes it, e.g. `-member_count`. */
    order,
    sorting,
    pagination,
    filtering,
    // Every new search, filter or sort starts at the first page.
    setSearch: (value: string) => set({ q: value.trim(), page: undefined }),
    setFiltering: (state: DataTableFilteringState) =>
      set({ status: state.status as string | undefined, page: undefined }),
    setSorting: (state: DataTableSortingState | null) =>
      set({
        order: state ? `${state.desc ? "-" : ""}${state.id}` : undefined,
        page: undefined,
      }),
    setPagination: (state: DataTablePaginationState) =>
      set({ page: state.pageIndex ? String(state.pageIndex + 1) : undefined }),
  }
}
