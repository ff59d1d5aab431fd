import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  useDataTable,
} from "@medusajs/ui"
import { useId, useMemo } from "react"
import { useSegmentHistory } from "../hooks/segments"
import { usePageState } from "../hooks/page-state"
import { useFormat } from "../lib/format"
import { describeActor, describeHistoryEntry } from "../lib/history"
import type { HistoryEntry } from "../lib/types"
import { TableBody } from "./table-body"

const PAGE_SIZE = 10
const columnHelper = createDataTableColumnHelper<HistoryEntry>()

/** Who did what, and when: newest first, a page at a time. */
export const SegmentHistorySection = ({ segmentId }: { segmentId: string }) => {
  const headingId = useId()
  const format = useFormat()
  const { pagination, setPagination, page } = usePageState(PAGE_SIZE)
  const { data, isLoading, isError, error, refetch } = useSegmentHistory(
    segmentId,
    page
  )

  const columns = useMemo(
    () => [
      columnHelper.display({
        id: "user",
        header: "User",
        size: 220,
        cell: ({ row }) => describeActor(row.original),
      }),
      columnHelper.accessor("action", {
        // "action" is the data table's own id for a column of row actions.
        id: "change",
        header: "Action",
        // The whole sentence, wrapped, rather than cut off with a tooltip.
        truncateTooltip: false,
        size: 640,
        cell: ({ row }) => (
          <span className="block whitespace-normal break-words py-2">
            {describeHistoryEntry(row.original, format.number)}
          </span>
        ),
      }),
      columnHelper.accessor("created_at", {
        header: "Modified On",
        size: 200,
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
        <TableBody
          what="The history"
          isError={isError}
          error={error}
          onRetry={() => refetch()}
          emptyState={{
            empty: {
              heading: "No history yet",
              description:
                "Edits, updates and files of this segment will be listed here.",
            },
          }}
        />
      </DataTable>
    </Container>
  )
}
