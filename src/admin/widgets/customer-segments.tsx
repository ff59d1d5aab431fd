import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminCustomer,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useCustomerSegments } from "../hooks/customer-segments"

/** On a customer's page: the segments this customer is a member of. */
const CustomerSegmentsWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => {
  const { data: result, isLoading, isError } = useCustomerSegments(data.id)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Segments</Heading>
      </div>
      <div className="flex flex-wrap gap-2 px-6 py-4">
        {isLoading && (
          <Text size="small" className="text-ui-fg-subtle">
            Loading segments...
          </Text>
        )}
        {isError && (
          <Text size="small" className="text-ui-fg-error">
            Segments could not be loaded. Reload the page to try again.
          </Text>
        )}
        {result && !result.segments.length && (
          <Text size="small" className="text-ui-fg-subtle">
            This customer is in no segment yet.
          </Text>
        )}
        {result?.segments.map((segment) => (
          <Badge
            key={segment.id}
            size="small"
            color={segment.status === "active" ? "blue" : "grey"}
          >
            {segment.name}
          </Badge>
        ))}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerSegmentsWidget
