import { DataTable, type DataTableEmptyStateProps } from "@medusajs/ui"
import { LoadError } from "./load-error"

type Props = {
  /** What the table lists, for the error: "The customers". */
  what: string
  isError: boolean
  error: unknown
  onRetry: () => void
  emptyState: DataTableEmptyStateProps
}

/** A data table's rows and pages, or why they didn't load. */
export const TableBody = ({
  what,
  isError,
  error,
  onRetry,
  emptyState,
}: Props) =>
  isError ? (
    <LoadError what={what} error={error} onRetry={onRetry} />
  ) : (
    <>
      <DataTable.Table emptyState={emptyState} />
      <DataTable.Pagination />
    </>
  )
