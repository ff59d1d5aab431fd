import { Text } from "@medusajs/ui"

/** A form field's error, announced and tied to the field by its id. */
export const FieldError = ({
  id,
  message,
}: {
  id: string
  message?: string
}) =>
  message ? (
    <Text id={id} size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null
