import { ArrowUpTray } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useId, useMemo, useRef, useState } from "react"
import { useDropzone } from "react-dropzone"
import { useSegmentFiles, useUploadSegmentFiles } from "../hooks/segments"
import { usePageState } from "../hooks/page-state"
import { useSingleFlight } from "../hooks/single-flight"
import { messageOf } from "../lib/errors"
import { fileTypeName } from "../lib/file-types"
import { useFormat } from "../lib/format"
import type { SegmentFile } from "../lib/types"
import { TableBody } from "./table-body"
import { SegmentFileDrawer } from "./segment-file-drawer"

const PAGE_SIZE = 10
const columnHelper = createDataTableColumnHelper<SegmentFile>()

/**
 * Files for the segment's members: uploaded from the admin's computer (the
 * picker or a drop), listed, and opened one at a time to rename, show in the
 * customer portal, copy the URL or delete.
 */
export const SegmentFilesSection = ({ segmentId }: { segmentId: string }) => {
  const headingId = useId()
  const format = useFormat()
  const { pagination, setPagination, page } = usePageState(PAGE_SIZE)
  const [openFileId, setOpenFileId] = useState<string | null>(null)
  const { data, isLoading, isError, error, refetch } = useSegmentFiles(
    segmentId,
    page
  )
  const upload = useUploadSegmentFiles(segmentId)

  const uploadButton = useRef<HTMLButtonElement>(null)
  const singleFlight = useSingleFlight()
  const send = (files: File[]) =>
    singleFlight(async () => {
      if (!files.length) {
        return
      }
      try {
        const { files: stored } = await upload.mutateAsync(files)
        toast.success(
          stored.length === 1
            ? `Uploaded "${stored[0].name}"`
            : `Uploaded ${format.number(stored.length)} files`,
          {
            description:
              "Switch a file on for the customer portal to show it to members.",
          }
        )
      } catch (error) {
        toast.error("Nothing was uploaded", {
          description: messageOf(error, "Try again in a moment."),
        })
      }
    })

  // The server checks size and type and says its limits; nothing is
  // filtered here, so the admin always hears why a file was refused.
  const dropzone = useDropzone({ onDrop: send, noClick: true, multiple: true })

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Name",
        cell: ({ row }) => (
          <button
            type="button"
            className="txt-compact-small-plus text-ui-fg-base block max-w-[280px] truncate rounded-sm text-left outline-none focus-visible:shadow-borders-focus"
            title={row.original.name}
            data-file-id={row.original.id}
            onClick={(event) => {
              event.stopPropagation()
              setOpenFileId(row.original.id)
            }}
          >
            {row.original.name}
          </button>
        ),
      }),
      columnHelper.accessor("display_in_portal", {
        header: "Customer portal",
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="green">
              Shown
            </Badge>
          ) : (
            <Badge size="2xsmall" color="grey">
              Hidden
            </Badge>
          ),
      }),
      columnHelper.accessor("mime_type", {
        header: "Type",
        cell: ({ getValue }) => fileTypeName(getValue()),
      }),
      columnHelper.accessor("size", {
        header: "Size",
        cell: ({ getValue }) => format.bytes(getValue()),
      }),
      columnHelper.accessor("created_at", {
        header: "Uploaded at",
        cell: ({ getValue }) => format.dateTime(getValue()),
      }),
    ],
    [format.locale]
  )

  const table = useDataTable({
    data: data?.files ?? [],
    columns,
    getRowId: (file) => file.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, file) => setOpenFileId(file.id),
  })

  const openFile = data?.files.find((file) => file.id === openFileId) ?? null

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
              Files
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Files switched on for the customer portal are shown to this
              segment's members.
            </Text>
          </div>
          <Button
            size="small"
            variant="secondary"
            ref={uploadButton}
            onClick={dropzone.open}
            isLoading={upload.isPending}
          >
            <ArrowUpTray />
            Upload Files
          </Button>
        </DataTable.Toolbar>
        <div className="px-6 py-4">
          <div
            {...dropzone.getRootProps({
              "aria-label": "Drop files here to upload them",
              className: `flex flex-col items-center gap-y-1 rounded-lg border border-dashed px-6 py-5 text-center outline-none focus-visible:shadow-borders-focus ${
                dropzone.isDragActive
                  ? "border-ui-border-interactive bg-ui-bg-highlight"
                  : "border-ui-border-strong"
              }`,
            })}
          >
            <input
              {...dropzone.getInputProps({ "aria-label": "Files to upload" })}
            />
            <Text size="small" weight="plus">
              {upload.isPending
                ? "Uploading..."
                : dropzone.isDragActive
                  ? "Drop the files to upload them"
                  : "Drag and drop files here"}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              or use Upload Files to choose them from your computer.
            </Text>
          </div>
        </div>
        <TableBody
          what="The files"
          isError={isError}
          error={error}
          onRetry={() => refetch()}
          emptyState={{
            empty: {
              heading: "No files yet",
              description:
                "Upload a catalogue, a coupon sheet or a price list for this segment's members.",
            },
          }}
        />
      </DataTable>
      {openFile && (
        <SegmentFileDrawer
          segmentId={segmentId}
          file={openFile}
          onClose={() => {
            setOpenFileId(null)
            // Once the drawer is gone, back to the file's row, or to the
            // upload button when the file was deleted.
            setTimeout(() => {
              const row = document.querySelector<HTMLElement>(
                `[data-file-id="${openFile.id}"]`
              )
              ;(row ?? uploadButton.current)?.focus()
            })
          }}
        />
      )}
    </Container>
  )
}
