import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminCustomer,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useCustomerSegments } from "../hooks/customer-segments"

/** On a customer's page: the segments this customer is a member of. */
const CustomerSegmentsWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => {
  const { data: result, isLoading, isError } = useCustomerSegments(data.id)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Segments</Heading>
      </div>
      <div className="px-6 py-4">
        {isLoading && (
          <Text size="small" className="text-ui-fg-subtle" role="status">
            Loading segments...
          </Text>
        )}
        {isError && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            Segments could not be loaded. Reload the page to try again.
          </Text>
        )}
        {result && !result.segments.length && (
          <Text size="small" className="text-ui-fg-subtle">
            This customer is in no segment yet.
          </Text>
        )}
        {!!result?.segments.length && (
          <ul
            className="flex flex-wrap gap-2"
            aria-label="Segments of this customer"
          >
            {result.segments.map((segment) => (
              <li key={segment.id}>
                <Link
                  to={`/segments/${segment.id}`}
                  className="rounded-md outline-none focus-visible:shadow-borders-focus"
                  title={
                    segment.status === "active" ? undefined : "Inactive segment"
                  }
                >
                  <Badge
                    size="small"
                    color={segment.status === "active" ? "blue" : "grey"}
                    className="cursor-pointer"
                  >
                    {segment.name}
                  </Badge>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerSegmentsWidget
