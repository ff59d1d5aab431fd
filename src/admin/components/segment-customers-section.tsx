import { ArrowPath } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useIsMutating } from "@tanstack/react-query"
import { useEffect, useId, useMemo, useRef, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  recomputeKey,
  useRecomputeSegment,
  useSegmentMembers,
} from "../hooks/segments"
import { usePageState } from "../hooks/page-state"
import { useSingleFlight } from "../hooks/single-flight"
import { messageOf } from "../lib/errors"
import { useFormat } from "../lib/format"
import { describeRecompute } from "../lib/history"
import type { Segment, SegmentMember } from "../lib/types"
import { TableBody } from "./table-body"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<SegmentMember>()

const fullName = (member: SegmentMember) =>
  [member.first_name, member.last_name].filter(Boolean).join(" ") || "-"

/**
 * The members, searchable by e-mail, and "Update Segment", which recomputes
 * them now. A click while a recompute runs (here or from a second mount of
 * this section) starts nothing.
 */
export const SegmentCustomersSection = ({ segment }: { segment: Segment }) => {
  const headingId = useId()
  const navigate = useNavigate()
  const format = useFormat()
  const [search, setSearch] = useState("")
  const { pagination, setPagination, firstPage, page } = usePageState(PAGE_SIZE)
  const { data, isLoading, isError, error, refetch } = useSegmentMembers(
    segment.id,
    {
      q: search.trim(),
      ...page,
    }
  )

  const recompute = useRecomputeSegment(segment.id)
  const running = useIsMutating({ mutationKey: recomputeKey(segment.id) }) > 0

  const singleFlight = useSingleFlight()
  const button = useRef<HTMLButtonElement>(null)
  const refocus = useRef(false)
  // The button was disabled while busy and so lost the focus; once it is
  // enabled again, it gets the focus back.
  useEffect(() => {
    if (!running && refocus.current) {
      refocus.current = false
      button.current?.focus()
    }
  }, [running])

  const updateSegment = () =>
    singleFlight(async () => {
      if (running) {
        return
      }
      try {
        const { result } = await recompute.mutateAsync()
        toast.success(`${segment.name} is up to date`, {
          description: describeRecompute(result, format.number),
        })
      } catch (error) {
        toast.error("The segment could not be updated", {
          description: messageOf(error, "Try again in a moment."),
        })
      } finally {
        refocus.current = true
      }
    })

  const columns = useMemo(
    () => [
      columnHelper.accessor("email", {
        header: "Email",
        cell: ({ row }) => (
          <Link
            to={`/customers/${row.original.id}`}
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover rounded-sm outline-none focus-visible:shadow-borders-focus"
            onClick={(event) => event.stopPropagation()}
          >
            {row.original.email ?? row.original.id}
          </Link>
        ),
      }),
      columnHelper.display({
        id: "name",
        header: "Name",
        cell: ({ row }) => fullName(row.original),
      }),
      columnHelper.accessor("member_since", {
        header: "Member since",
        cell: ({ getValue }) => format.dateTime(getValue()),
      }),
    ],
    [format.locale]
  )

  const table = useDataTable({
    data: data?.customers ?? [],
    columns,
    getRowId: (member) => member.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: {
      state: search,
      // A new search starts at its first page.
      onSearchChange: (value) => {
        setSearch(value)
        firstPage()
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, member) => navigate(`/customers/${member.id}`),
  })

  return (
    <Container
      className="divide-y p-0"
      role="region"
      aria-labelledby={headingId}
    >
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading level="h2" id={headingId}>
              Customers
            </Heading>
            <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
              {format.number(segment.member_count)}{" "}
              {segment.member_count === 1 ? "customer" : "customers"}
            </Text>
          </div>
          <div className="flex w-full flex-wrap items-center gap-2 md:w-auto">
            <DataTable.Search placeholder="Search by email" />
            <Button
              size="small"
              variant="secondary"
              ref={button}
              onClick={updateSegment}
              isLoading={running}
              disabled={running}
              aria-busy={running}
            >
              <ArrowPath />
              Update Segment
            </Button>
          </div>
        </DataTable.Toolbar>
        {running && (
          <Text
            size="small"
            className="text-ui-fg-subtle px-6 py-2"
            role="status"
          >
            Recomputing the members of this segment...
          </Text>
        )}
        <TableBody
          what="The customers"
          isError={isError}
          error={error}
          onRetry={() => refetch()}
          emptyState={{
            empty: {
              heading: "No customers in this segment",
              description:
                "Nobody matches it right now. Press Update Segment to recompute it from the latest orders and sign-ups.",
            },
            filtered: {
              heading: "No customer matches",
              description: "No member's e-mail contains what you searched for.",
            },
          }}
        />
      </DataTable>
    </Container>
  )
}
