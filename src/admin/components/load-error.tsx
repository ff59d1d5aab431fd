import { Button, Text } from "@medusajs/ui"

/** Shown in place of a section whose data didn't load, with a way to retry. */
export const LoadError = ({
  what,
  onRetry,
}: {
  what: string
  onRetry: () => void
}) => (
  <div
    role="alert"
    className="flex flex-col items-center gap-y-3 px-6 py-10 text-center"
  >
    <Text size="small" className="text-ui-fg-error">
      {what} could not be loaded. Check your connection, then try again.
    </Text>
    <Button size="small" variant="secondary" onClick={onRetry}>
      Try again
    </Button>
  </div>
)
