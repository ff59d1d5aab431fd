import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState, useId } from "react"
import { useSegmentHistory } from "../hooks/segments"
import { useFormat } from "../lib/format"
import { describeActor, describeHistoryEntry } from "../lib/history"
import type { HistoryEntry } from "../lib/types"
import { LoadError } from "./load-error"

const PAGE_SIZE = 10
const columnHelper = createDataTableColumnHelper<HistoryEntry>()

/** Who did what, and when: newest first, a page at a time. */
export const SegmentHistorySection = ({ segmentId }: { segmentId: string }) => {
  const headingId = useId()
  const format = useFormat()
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const { data, isLoading, isError, refetch } = useSegmentHistory(segmentId, {
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = useMemo(
    () => [
      columnHelper.display({
        id: "user",
        header: "User",
        cell: ({ row }) => (
          <span
            className="block max-w-[240px] truncate"
            title={describeActor(row.original)}
          >
            {describeActor(row.original)}
          </span>
        ),
      }),
      columnHelper.display({
        id: "action",
        header: "Action",
        cell: ({ row }) => (
          <span className="block min-w-[240px] max-w-[560px] whitespace-normal break-words md:min-w-[360px]">
            {describeHistoryEntry(row.original, format.number)}
          </span>
        ),
      }),
      columnHelper.accessor("created_at", {
        header: "Modified On",
        cell: ({ getValue }) => format.dateTime(getValue()),
      }),
    ],
    [format.locale]
  )

  const table = useDataTable({
    data: data?.history ?? [],
    columns,
    getRowId: (entry) => entry.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container
      className="divide-y p-0"
      role="region"
      aria-labelledby={headingId}
    >
      <DataTable instance={table}>
        <DataTable.Toolbar className="px-6 py-4">
          <Heading level="h2" id={headingId}>
            History
          </Heading>
        </DataTable.Toolbar>
        {isError ? (
          <LoadError what="The history" onRetry={() => refetch()} />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No history yet",
                  description:
                    "Edits, updates and files of this segment will be listed here.",
                },
              }}
            />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
    </Container>
  )
}
