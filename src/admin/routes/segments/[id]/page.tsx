import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useParams, type UIMatch } from "react-router-dom"
import { LoadError } from "../../../components/load-error"
import { SegmentCustomersSection } from "../../../components/segment-customers-section"
import { SegmentDetailsSection } from "../../../components/segment-details-section"
import { SegmentFilesSection } from "../../../components/segment-files-section"
import { SegmentHistorySection } from "../../../components/segment-history-section"
import { useSegment } from "../../../hooks/segments"

/** One segment: its details, customers, files and history, in that order. */
const SegmentPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error, refetch } = useSegment(id!)

  if (isLoading) {
    return (
      <div
        className="flex flex-col gap-y-3"
        role="status"
        aria-label="Loading the segment"
      >
        {[200, 320, 160].map((height) => (
          <Skeleton
            key={height}
            className="w-full rounded-lg"
            style={{ height }}
          />
        ))}
      </div>
    )
  }
  if (isError || !data) {
    const missing = (error as { status?: number } | null)?.status === 404
    return (
      <Container className="p-0">
        {missing ? (
          <div className="flex flex-col gap-y-1 px-6 py-10 text-center">
            <Heading level="h2">Segment not found</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              There is no segment with this id. Open Segments in the sidebar to
              pick one.
            </Text>
          </div>
        ) : (
          <LoadError
            what="The segment"
            error={error}
            onRetry={() => refetch()}
          />
        )}
      </Container>
    )
  }

  const { segment } = data
  return (
    <div className="flex flex-col gap-y-3">
      <SegmentDetailsSection segment={segment} />
      <SegmentCustomersSection segment={segment} />
      <SegmentFilesSection segmentId={segment.id} />
      <SegmentHistorySection segmentId={segment.id} />
    </div>
  )
}

/** The segment's name in the breadcrumb, current after a rename. */
const SegmentBreadcrumb = ({ id }: { id: string }) => {
  const { data } = useSegment(id)
  const name = data?.segment.name ?? "Segment"
  return (
    <span
      className="inline-block max-w-[240px] truncate align-bottom md:max-w-[480px]"
      title={name}
    >
      {name}
    </span>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => (
    <SegmentBreadcrumb id={(match.params as { id: string }).id} />
  ),
}

export default SegmentPage
