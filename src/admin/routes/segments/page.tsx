import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UsersSolid } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { Link, useNavigate } from "react-router-dom"
import { TableBody } from "../../components/table-body"
import { SegmentStatusBadge } from "../../components/segment-status-badge"
import { useSegmentListParams } from "../../hooks/list-params"
import { useMediaQuery } from "../../hooks/media-query"
import { useSegments } from "../../hooks/segments"
import { useFormat } from "../../lib/format"
import type { Segment } from "../../lib/types"

const PAGE_SIZE = 20
/** The columns the list sorts by, each a sort order of GET /admin/segments. */
const SORTABLE = ["name", "status", "member_count", "updated_at"] as const

const columnHelper = createDataTableColumnHelper<Segment>()
const filterHelper = createDataTableFilterHelper<Segment>()

const filters = [
  filterHelper.accessor("status", {
    type: "radio",
    label: "Status",
    options: [
      { label: "Active", value: "active" },
      { label: "Inactive", value: "inactive" },
    ],
  }),
]

/** The Segments area: every segment, searched, filtered, sorted and paged by the server. */
const SegmentsPage = () => {
  const navigate = useNavigate()
  const format = useFormat()
  const list = useSegmentListParams(SORTABLE, PAGE_SIZE)
  const { data, isLoading, isError, error, refetch } = useSegments({
    q: list.search,
    status: list.status,
    order: list.order,
    limit: PAGE_SIZE,
    offset: list.pagination.pageIndex * PAGE_SIZE,
  })

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Name",
        enableSorting: true,
        sortLabel: "Name",
        sortAscLabel: "A-Z",
        sortDescLabel: "Z-A",
        // A link, so the row opens from the keyboard too.
        cell: ({ row }) => (
          <Link
            to={`/segments/${row.original.id}`}
            className="txt-compact-small-plus text-ui-fg-base block min-w-[140px] whitespace-normal rounded-sm md:whitespace-nowrap outline-none focus-visible:shadow-borders-focus"
            onClick={(event) => event.stopPropagation()}
          >
            {row.original.name}
          </Link>
        ),
      }),
      columnHelper.accessor("status", {
        header: "Status",
        enableSorting: true,
        sortLabel: "Status",
        cell: ({ getValue }) => <SegmentStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("description", {
        header: "Description",
        cell: ({ getValue }) => (
          <span className="block max-w-[320px] truncate" title={getValue()}>
            {getValue() || "-"}
          </span>
        ),
      }),
      columnHelper.accessor("member_count", {
        header: "Customers",
        enableSorting: true,
        sortLabel: "Customers",
        sortAscLabel: "Fewest first",
        sortDescLabel: "Most first",
        align: "right",
        cell: ({ getValue }) => (
          <span className="tabular-nums">{format.number(getValue())}</span>
        ),
      }),
      columnHelper.accessor("updated_at", {
        header: "Last updated",
        enableSorting: true,
        sortLabel: "Last updated",
        sortAscLabel: "Oldest first",
        sortDescLabel: "Newest first",
        cell: ({ getValue }) => format.dateTime(getValue()),
      }),
    ],
    [format.locale]
  )

  // On a narrow window the description gives way to the counts.
  const narrow = useMediaQuery("(max-width: 639px)")

  const table = useDataTable({
    data: data?.segments ?? [],
    columns,
    getRowId: (segment) => segment.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    search: { state: list.search, onSearchChange: list.setSearch },
    filtering: { state: list.filtering, onFilteringChange: list.setFiltering },
    sorting: { state: list.sorting, onSortingChange: list.setSorting },
    pagination: {
      state: list.pagination,
      onPaginationChange: list.setPagination,
    },
    onRowClick: (_, segment) => navigate(`/segments/${segment.id}`),
    columnVisibility: {
      state: { description: !narrow },
      onColumnVisibilityChange: () => undefined,
    },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading level="h1">Segments</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Customers grouped by where they are in the order lifecycle, kept
              current as orders and sign-ups come in.
            </Text>
          </div>
          <div className="flex w-full items-center gap-2 md:w-auto">
            <DataTable.FilterMenu tooltip="Filter by status" />
            <DataTable.SortingMenu tooltip="Sort" />
            <DataTable.Search placeholder="Search by name" />
          </div>
        </DataTable.Toolbar>
        <TableBody
          what="Segments"
          isError={isError}
          error={error}
          onRetry={() => refetch()}
          emptyState={{
            empty: {
              heading: "No segments yet",
              description:
                "The predefined segments are created by the plugin's migrations: run `npx medusa db:migrate`.",
            },
            filtered: {
              heading: "No segment matches",
              description: "Try another name, or clear the status filter.",
            },
          }}
        />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Segments",
  icon: UsersSolid,
})

export const handle = {
  breadcrumb: () => "Segments",
}

export default SegmentsPage
