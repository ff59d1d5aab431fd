import { PencilSquare } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useId, useRef, useState } from "react"
import { useFormat } from "../lib/format"
import type { Segment } from "../lib/types"
import { SegmentEditDrawer } from "./segment-edit-drawer"
import { SegmentStatusBadge } from "./segment-status-badge"

const Row = ({
  label,
  children,
}: {
  label: string
  children: React.ReactNode
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-1 gap-1 px-6 py-4 sm:grid-cols-2 sm:items-center">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <div className="txt-compact-small break-words">{children}</div>
  </div>
)

/** Name, status, description and the last computation; "Edit" opens the drawer. */
export const SegmentDetailsSection = ({ segment }: { segment: Segment }) => {
  const headingId = useId()
  const format = useFormat()
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)

  return (
    <Container
      className="divide-y p-0"
      role="region"
      aria-labelledby={headingId}
    >
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2" id={headingId}>
          Details
        </Heading>
        <Button
          ref={editButton}
          size="small"
          variant="secondary"
          onClick={() => setEditing(true)}
        >
          <PencilSquare />
          Edit
        </Button>
      </div>
      <Row label="Name">{segment.name}</Row>
      <Row label="Status">
        <SegmentStatusBadge status={segment.status} />
      </Row>
      <Row label="Description">
        <span className="whitespace-pre-line">
          {segment.description || "-"}
        </span>
      </Row>
      <Row label="Last computed">
        {segment.computed_at
          ? `${format.dateTime(segment.computed_at)}${
              segment.compute_duration_ms === null
                ? ""
                : ` (took ${format.duration(segment.compute_duration_ms)})`
            }`
          : "Not computed yet"}
      </Row>
      <SegmentEditDrawer
        segment={segment}
        open={editing}
        onOpenChange={setEditing}
        onClosed={() => editButton.current?.focus()}
      />
    </Container>
  )
}
