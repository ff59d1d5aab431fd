import { Button, Text } from "@medusajs/ui"

/**
 * Shown in place of a section whose data didn't load. A refusal (a 4xx) says
 * what the server refused; anything else offers to try again.
 */
export const LoadError = ({
  what,
  error,
  onRetry,
}: {
  what: string
  error?: unknown
  onRetry: () => void
}) => {
  const status = (error as { status?: number } | null)?.status
  const refused = status !== undefined && status >= 400 && status < 500
  return (
    <div
      role="alert"
      className="flex flex-col items-center gap-y-3 px-6 py-10 text-center"
    >
      <Text size="small" className="text-ui-fg-error">
        {refused && error instanceof Error
          ? `${what} could not be loaded: ${error.message.replace(/^Invalid request: /, "")}`
          : `${what} could not be loaded. Check your connection, then try again.`}
      </Text>
      <Button size="small" variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </div>
  )
}
