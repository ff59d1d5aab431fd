import { StatusBadge } from "@medusajs/ui"
import type { SegmentStatus } from "../lib/types"

export const SegmentStatusBadge = ({ status }: { status: SegmentStatus }) =>
  status === "active" ? (
    <StatusBadge color="green">Active</StatusBadge>
  ) : (
    <StatusBadge color="grey">Inactive</StatusBadge>
  )
